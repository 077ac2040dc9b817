import * as Y from 'yjs';

/** A body a change brought into a locked footprint: added there, or moved in from where. */
export type Intrusion =
  | { kind: 'added'; id: string }
  | { kind: 'moved'; id: string; parentId: unknown; position: unknown };

/**
 * The bodies a transaction brought into a locked footprint: `newlyLocked` are the nodes
 * locked now that were not before; each was either added by this transaction, or had its
 * `parentId` changed by it (its old parent and position are read from the transaction,
 * before they are garbage collected), or lies inside one that did.
 */
export function footprintIntrusions(
  transaction: Y.Transaction,
  nodes: Y.Map<unknown>,
  newlyLocked: ReadonlySet<string>,
): Intrusion[] {
  const intrusions: Intrusion[] = [];
  // biome-ignore lint/suspicious/noExplicitAny: transaction.changed is keyed by any shared type.
  const direct = transaction.changed.get(nodes as Y.AbstractType<any>);
  if (direct) {
    const event = new Y.YMapEvent(nodes, transaction, direct);
    for (const [id, change] of event.changes.keys) {
      if (change.action === 'add' && newlyLocked.has(id)) intrusions.push({ kind: 'added', id });
    }
  }
  for (const [changed, keys] of transaction.changed) {
    const item = changed._item;
    if (!item || item.parent !== nodes || item.parentSub === null || !keys.has('parentId'))
      continue;
    const id = item.parentSub;
    if (!newlyLocked.has(id) || intrusions.some((i) => i.id === id)) continue;
    if (!(changed instanceof Y.Map)) continue;
    const type = changed as Y.Map<unknown>;
    const event = new Y.YMapEvent(type, transaction, keys);
    const parentChange = event.changes.keys.get('parentId');
    const positionChange = event.changes.keys.get('position');
    intrusions.push({
      kind: 'moved',
      id,
      parentId: parentChange?.action === 'add' ? undefined : parentChange?.oldValue,
      position: positionChange ? positionChange.oldValue : (type as Y.Map<unknown>).get('position'),
    });
  }
  return intrusions;
}
