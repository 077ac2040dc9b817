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

/**
 * The ballot a participant's own transaction wrote for `participantId` but that lost to a
 * concurrent write for the same key (a forged ballot, or the guard putting one back, that the
 * participant had not seen): the content of the newest item the transaction inserted, when
 * another item stands to its right. `undefined` when the transaction's own write stands, or it
 * wrote none (a retracted ballot is a deletion, not a lost write).
 */
export function overriddenBallot(
  transaction: Y.Transaction,
  ballots: Y.Map<unknown>,
  participantId: string,
): unknown {
  let item = ballots._map.get(participantId) ?? null;
  while (item !== null) {
    const { client, clock } = item.id;
    if (clock >= (transaction.beforeState.get(client) ?? 0)) {
      return item.right !== null ? item.content.getContent()[0] : undefined;
    }
    item = item.left;
  }
  return undefined;
}
