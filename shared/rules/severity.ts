import type { RuleId } from '../spec/specSchema.ts';
import type { Severity } from './types.ts';

/** Each rule's severity (shared/DOMAIN.md, "Validation rules": E = error, W = warning). */
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
  'lead-provider-delegation': 'error',
  'pooled-fund-host': 'warning',
  'dangling-relationship': 'error',
  'invalid-endpoints': 'error',
};
