import type { GovernanceSpec } from '../specSchema.ts';
import { accountabilityTree } from './accountabilityTree.ts';
import { delegationGroups } from './delegations.ts';
import { moneyFlows } from './moneyFlows.ts';
import type { Review } from './reviewTypes.ts';
import { indexSpec } from './specIndex.ts';
import { whoDoesWhat } from './whoDoesWhat.ts';

/**
 * The review of a spec for system leaders: who does what, who is accountable to whom, how the
 * money flows and who delegates what to whom. Plain data in names, ready to show or print.
 */
export function buildReview(spec: GovernanceSpec): Review {
  const index = indexSpec(spec);
  return {
    title: spec.map.title,
    ...(spec.map.description?.trim() ? { description: spec.map.description.trim() } : {}),
    exportedAt: spec.map.exportedAt,
    includes: spec.map.includes,
    whoDoesWhat: whoDoesWhat(spec, index),
    accountability: accountabilityTree(spec, index),
    money: moneyFlows(spec, index),
    delegations: delegationGroups(index),
  };
}
