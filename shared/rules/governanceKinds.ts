import {
  COLLABORATIVE_MODELS,
  COMMITTEE_TYPES,
  type GovernanceModelInfo,
  governanceModelLabel,
  PLACE_MODELS,
} from '../model/governance.ts';
import type { SpecBody } from '../spec/specSchema.ts';

const MODELS: Record<string, GovernanceModelInfo | undefined> = {
  ...COLLABORATIVE_MODELS,
  ...PLACE_MODELS,
};

const ADVISORY_COMMITTEES: readonly string[] = ['advisory-group', 'consultative-forum'];

/** A committee of type joint committee, or any body run as a joint committee. */
export function isJointCommittee(body: SpecBody): boolean {
  return (
    (body.kind === 'committee' && body.committeeType === 'joint-committee') ||
    body.governance?.model === 'joint-committee'
  );
}

/**
 * What makes a body unable to take decisions (“a consultative forum”), or undefined when it
 * can: an advisory governance model, or a committee that is an advisory group or forum.
 */
export function advisoryNature(body: SpecBody): string | undefined {
  const model = body.governance?.model;
  if (model && MODELS[model]?.advisory) return governanceModelLabel(model).toLowerCase();
  if (
    body.kind === 'committee' &&
    body.committeeType &&
    ADVISORY_COMMITTEES.includes(body.committeeType)
  ) {
    return COMMITTEE_TYPES[body.committeeType as keyof typeof COMMITTEE_TYPES].toLowerCase();
  }
  return undefined;
}

const DECIDING_MODELS: readonly string[] = [
  'committees-in-common',
  'joint-committee',
  'icb-committee',
];

/** A committee, or a body run as committees in common, a joint committee or an ICB committee. */
export function isCommitteeLike(body: SpecBody): boolean {
  return body.kind === 'committee' || DECIDING_MODELS.includes(body.governance?.model ?? '');
}
