import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';

/** What a deletion asks for: nodes (with all they hold) and relationships. */
export interface DeletionRequest {
  nodeIds: readonly string[];
  edgeIds: readonly string[];
}

/** The part of a deletion that locks allow, and the names of what they keep. */
export interface GuardedDeletion {
  nodeIds: string[];
  edgeIds: string[];
  /** The requested elements left in place because they are, or would take, a locked element. */
  kept: string[];
}

/**
 * Every element deleting this node removes, as `deleteElements` does: the node, everything
 * inside it at any depth, and every relationship that touches any of them.
 */
export function deletionReach(snapshot: MapSnapshot, nodeId: string): Set<string> {
  const reach = new Set<string>([nodeId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of snapshot.nodes) {
      if (!reach.has(node.id) && node.parentId && reach.has(node.parentId)) {
        reach.add(node.id);
        grew = true;
      }
    }
  }
  for (const edge of snapshot.edges) {
    if (reach.has(edge.source) || reach.has(edge.target)) reach.add(edge.id);
  }
  return reach;
}

/**
 * Splits a deletion by someone who may not change `locked` elements: a relationship is kept
 * when it is locked, a node when it or anything its deletion takes with it is locked.
 */
export function guardDeletion(
  snapshot: MapSnapshot,
  request: DeletionRequest,
  locked: ReadonlySet<string>,
): GuardedDeletion {
  const result: GuardedDeletion = { nodeIds: [], edgeIds: [], kept: [] };
  for (const id of request.edgeIds) {
    if (locked.has(id)) result.kept.push(id);
    else result.edgeIds.push(id);
  }
  for (const id of request.nodeIds) {
    const takesLocked =
      locked.size > 0 && [...deletionReach(snapshot, id)].some((gone) => locked.has(gone));
    if (takesLocked) result.kept.push(id);
    else result.nodeIds.push(id);
  }
  return result;
}

/** What the Lock button does to a selection, or why it cannot. */
export type LockToggle =
  | { action: 'lock'; ids: string[] }
  | { action: 'unlock'; ids: string[] }
  | { action: 'none'; reason: string };

/**
 * The facilitator's Lock/Unlock for a selection: lock it while any of it is unlocked; once
 * all of it is locked, unlock what was locked itself (a body locked by its footprint is
 * unlocked with the footprint).
 */
export function lockToggle(
  ids: readonly string[],
  locked: ReadonlySet<string>,
  lockedThemselves: ReadonlySet<string>,
): LockToggle {
  if (ids.length === 0) return { action: 'none', reason: 'Select what to lock first.' };
  const unlocked = ids.filter((id) => !locked.has(id));
  if (unlocked.length > 0) return { action: 'lock', ids: unlocked };
  const own = ids.filter((id) => lockedThemselves.has(id));
  if (own.length > 0) return { action: 'unlock', ids: own };
  return {
    action: 'none',
    reason: 'Locked with the footprint it sits in: unlock the footprint to unlock it.',
  };
}

/** Tells someone why some of what they asked for was left as it is. */
export function keptByLocksMessage(count: number, verb: 'deleted' | 'changed'): string {
  return count === 1
    ? `One element was not ${verb}: it is locked by the facilitator, or holds something locked.`
    : `${count} elements were not ${verb}: they are locked by the facilitator, or hold something locked.`;
}
