import type * as Y from 'yjs';

/**
 * Whether a transaction changed the doc: what Yjs tests before it encodes the transaction's
 * update for the doc's `update` event (and emits nothing when it did not).
 */
export function changedDoc(transaction: Y.Transaction): boolean {
  if (transaction.deleteSet.clients.size > 0) return true;
  for (const [client, clock] of transaction.afterState) {
    if (transaction.beforeState.get(client) !== clock) return true;
  }
  return false;
}

/**
 * Calls `listener` after each transaction that changed the doc. Unlike the doc's `update`
 * event, listening costs no encoding: Yjs encodes every transaction's update while anyone
 * listens to that event, and the room hands on a client's update as the client sent it.
 */
export function onDocChange(doc: Y.Doc, listener: (transaction: Y.Transaction) => void): void {
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    if (changedDoc(transaction)) listener(transaction);
  });
}
