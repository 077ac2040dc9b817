import * as Y from 'yjs';
import { MAX_LABEL_LENGTH } from '../../../shared/model/limits.ts';

/** A label written past the limit, and what to put back: the old label, or the new one cut. */
export interface OverlongLabel {
  collection: 'nodes' | 'edges';
  id: string;
  label: string | undefined;
}

/**
 * Labels a transaction wrote longer than MAX_LABEL_LENGTH. Such an element would not parse,
 * and so would be left out of the canvas and of every export; instead the old label is put
 * back (read from the transaction before it is garbage collected), or a new element's label
 * is cut to the limit.
 */
export function overlongLabels(
  transaction: Y.Transaction,
  collections: { nodes: Y.Map<unknown>; edges: Y.Map<unknown> },
): OverlongLabel[] {
  const found: OverlongLabel[] = [];
  for (const [changed, keys] of transaction.changed) {
    const item = changed._item;
    if (!item || item.parentSub === null || !keys.has('label') || !(changed instanceof Y.Map)) {
      continue;
    }
    const collection =
      item.parent === collections.nodes
        ? 'nodes'
        : item.parent === collections.edges
          ? 'edges'
          : null;
    if (!collection) continue;
    const element = changed as Y.Map<unknown>;
    const label = element.get('label');
    if (typeof label !== 'string' || label.length <= MAX_LABEL_LENGTH) continue;
    const change = new Y.YMapEvent(element, transaction, keys).changes.keys.get('label');
    const old = change?.action === 'update' ? change.oldValue : undefined;
    found.push({
      collection,
      id: item.parentSub,
      label:
        typeof old === 'string' && old.length <= MAX_LABEL_LENGTH
          ? old
          : label.slice(0, MAX_LABEL_LENGTH),
    });
  }
  // Elements made in this transaction are not among its changed types: look at the entries
  // added to the collections themselves.
  for (const collection of ['nodes', 'edges'] as const) {
    const map = collections[collection];
    // biome-ignore lint/suspicious/noExplicitAny: transaction.changed is keyed by any shared type.
    const keys = transaction.changed.get(map as Y.AbstractType<any>);
    for (const id of keys ?? []) {
      if (id === null || found.some((f) => f.id === id)) continue;
      const element = map.get(id);
      const label = element instanceof Y.Map ? element.get('label') : undefined;
      if (typeof label === 'string' && label.length > MAX_LABEL_LENGTH) {
        found.push({ collection, id, label: label.slice(0, MAX_LABEL_LENGTH) });
      }
    }
  }
  return found;
}
