import type { Finding, GovernanceSpec } from '../spec/specSchema.ts';

/**
 * What the rules look at: a spec's footprints, bodies and relationships, and the date they
 * are validated as at, when there is one (a reform applies from its date).
 */
export type RuleSubject = Pick<GovernanceSpec, 'footprints' | 'bodies' | 'relationships'> & {
  asAt?: string;
};

/** One validation rule: every problem it finds in a subject. */
export type Rule = (subject: RuleSubject) => Finding[];

/** How serious a finding is. */
export type Severity = Finding['severity'];
