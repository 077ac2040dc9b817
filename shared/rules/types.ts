import type { Finding, GovernanceSpec } from '../spec/specSchema.ts';

/** What the rules look at: a spec's footprints, bodies and relationships. */
export type RuleSubject = Pick<GovernanceSpec, 'footprints' | 'bodies' | 'relationships'>;

/** One validation rule: every problem it finds in a subject. */
export type Rule = (subject: RuleSubject) => Finding[];

/** How serious a finding is. */
export type Severity = Finding['severity'];
