import type * as Y from 'yjs';

/** One ballot a transaction wrote or removed: whose, in the vote on which element. */
export interface BallotChange {
  elementId: string;
  participantId: string;
}

/** Every ballot a transaction changed (keys of the ballot maps inside `votes`). */
export function ballotChanges(transaction: Y.Transaction, votes: Y.Map<unknown>): BallotChange[] {
  const changes: BallotChange[] = [];
  for (const [type, keys] of transaction.changed) {
    const item = type._item;
    if (!item || item.parent !== votes || item.parentSub === null) continue;
    for (const participantId of keys) {
      if (participantId !== null) changes.push({ elementId: item.parentSub, participantId });
    }
  }
  return changes;
}
