import type { RuleId } from '../spec/specSchema.ts';
import type { Severity } from './types.ts';

/** Each rule's severity (docs/domain.md, "Validation rules"). */
export const RULE_SEVERITY: Record<RuleId, Severity> = {
  'accountability-cycle': 'error',
  'unaccountable-body': 'warning',
  'delegation-without-holding': 'error',
  'delegation-to-advisory': 'error',
  'delegation-removes-accountability': 'warning',
  'joint-committee-parties': 'error',
  'collaborative-too-small': 'error',
  'trust-outside-collaborative': 'warning',
  'duplicate-function': 'warning',
  'decision-body-governance': 'error',
  'no-non-executive': 'warning',
  'icp-membership': 'error',
  'lead-provider-delegation': 'warning',
  'pooled-fund-host': 'warning',
  'legal-basis-fits': 'error',
  'reform-in-force': 'warning',
  'dangling-relationship': 'error',
  'invalid-endpoints': 'error',
};
