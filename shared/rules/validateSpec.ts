import { type Finding, RULE_IDS, type RuleId } from '../spec/specSchema.ts';
import { accountabilityCycle } from './accountability-cycle.ts';
import { collaborativeTooSmall } from './collaborative-too-small.ts';
import { danglingRelationship } from './dangling-relationship.ts';
import { decisionBodyGovernance } from './decision-body-governance.ts';
import { delegationRemovesAccountability } from './delegation-removes-accountability.ts';
import { delegationToAdvisory } from './delegation-to-advisory.ts';
import { delegationWithoutHolding } from './delegation-without-holding.ts';
import { duplicateFunction } from './duplicate-function.ts';
import { compareFindings } from './finding.ts';
import { icpMembership } from './icp-membership.ts';
import { invalidEndpoints } from './invalid-endpoints.ts';
import { jointCommitteeParties } from './joint-committee-parties.ts';
import { leadProviderDelegation } from './lead-provider-delegation.ts';
import { legalBasisFits } from './legal-basis-fits.ts';
import { noNonExecutive } from './no-non-executive.ts';
import { pooledFundHost } from './pooled-fund-host.ts';
import { reformInForce } from './reform-in-force.ts';
import { RULE_SEVERITY } from './severity.ts';
import { subjectAt } from './subjectAt.ts';
import { withSubjectIndex } from './subjectGraph.ts';
import { trustOutsideCollaborative } from './trust-outside-collaborative.ts';
import type { Rule, RuleSubject } from './types.ts';
import { unaccountableBody } from './unaccountable-body.ts';
import type { ValidationMemo } from './validationMemo.ts';

/**
 * Every rule by id: a `Record`, so a new rule id cannot be left out. Each rule's severity is
 * in RULE_SEVERITY (severity.ts), which its findings carry.
 */
export const RULES: Record<RuleId, Rule> = {
  'accountability-cycle': accountabilityCycle,
  'unaccountable-body': unaccountableBody,
  'delegation-without-holding': delegationWithoutHolding,
  'delegation-to-advisory': delegationToAdvisory,
  'delegation-removes-accountability': delegationRemovesAccountability,
  'joint-committee-parties': jointCommitteeParties,
  'collaborative-too-small': collaborativeTooSmall,
  'trust-outside-collaborative': trustOutsideCollaborative,
  'duplicate-function': duplicateFunction,
  'decision-body-governance': decisionBodyGovernance,
  'no-non-executive': noNonExecutive,
  'icp-membership': icpMembership,
  'lead-provider-delegation': leadProviderDelegation,
  'pooled-fund-host': pooledFundHost,
  'legal-basis-fits': legalBasisFits,
  'reform-in-force': reformInForce,
  'dangling-relationship': danglingRelationship,
  'invalid-endpoints': invalidEndpoints,
};

/** How to validate: everything drawn, or the structure as it stands on a date. */
export interface ValidateOptions {
  /** YYYY-MM-DD: validate only what is in force that day (`validFrom`/`validTo`). */
  asAt?: string;
  /** The caller's last validation: reused when it ran on these same elements (validationMemo.ts). */
  memo?: ValidationMemo;
}

/**
 * Runs every rule on a subject (a spec, or its footprints, bodies and relationships), as it
 * stands on `options.asAt` when given. Findings come in rule order (RULE_IDS), then by the ids
 * of the elements they name.
 */
export function validateSpec(
  subject: RuleSubject,
  options: ValidateOptions = {},
): { errors: Finding[]; warnings: Finding[] } {
  const { asAt, memo } = options;
  const recalled = memo?.recall(subject, asAt);
  if (recalled) return recalled;
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  const indexed = withSubjectIndex(asAt ? subjectAt(subject, asAt) : subject);
  for (const id of RULE_IDS) {
    const found = RULES[id](indexed).sort(compareFindings);
    (RULE_SEVERITY[id] === 'error' ? errors : warnings).push(...found);
  }
  memo?.remember(subject, asAt, { errors, warnings });
  return { errors, warnings };
}
