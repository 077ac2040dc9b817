import { LEGAL_BASES } from '../../model/legalBasis.ts';
import type { SpecRelationship } from '../specSchema.ts';
import type { DelegationGroup, ReviewDelegation } from './reviewTypes.ts';
import { byName, type SpecIndex } from './specIndex.ts';

/** Section (d): each `delegates` edge, grouped by the delegating body. */
export function delegationGroups(index: SpecIndex): DelegationGroup[] {
  const groups = new Map<string, DelegationGroup>();
  for (const edge of index.edges('delegates')) {
    const group = groups.get(edge.from) ?? {
      id: edge.from,
      from: index.name(edge.from),
      delegations: [],
    };
    group.delegations.push(toDelegation(edge, index));
    groups.set(edge.from, group);
  }
  for (const group of groups.values()) {
    group.delegations.sort(
      (a, b) =>
        byName({ name: a.to }, { name: b.to }) ||
        byName({ name: a.function ?? '' }, { name: b.function ?? '' }),
    );
  }
  return [...groups.values()].sort((a, b) => byName({ name: a.from }, { name: b.from }));
}

/** A `delegates` edge in names. */
export function toDelegation(edge: SpecRelationship, index: SpecIndex): ReviewDelegation {
  return {
    id: edge.id,
    from: index.name(edge.from),
    to: index.name(edge.to),
    ...(edge.function !== undefined ? { function: edge.function } : {}),
    ...(edge.legalBasis !== undefined ? { legalBasis: LEGAL_BASES[edge.legalBasis].label } : {}),
    ...(edge.amountGBP !== undefined ? { limitGBP: edge.amountGBP } : {}),
  };
}
