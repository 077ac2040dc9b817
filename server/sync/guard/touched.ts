import type * as Y from 'yjs';

/** What a transaction changed, by the top-level entry it lies under. */
export interface Touched {
  /** Top-level map → keys changed directly in it (entries added, replaced or deleted). */
  direct: Map<object, Set<string>>;
  /** Top-level map → keys of the entries changed somewhere inside (e.g. an element's attrs). */
  inside: Map<object, Set<string>>;
}

function add(into: Map<object, Set<string>>, root: object, key: string) {
  let keys = into.get(root);
  if (!keys) {
    keys = new Set();
    into.set(root, keys);
  }
  keys.add(key);
}

/**
 * Sorts a transaction's changes by top-level type and entry: a change to the `nodes` map
 * itself is "direct" (an element added or deleted), a change to an element's fields or attrs
 * is "inside" that element.
 */
export function touchedBy(transaction: Y.Transaction): Touched {
  const touched: Touched = { direct: new Map(), inside: new Map() };
  for (const [type, keys] of transaction.changed) {
    if (type._item === null) {
      for (const key of keys) if (key !== null) add(touched.direct, type, key);
      continue;
    }
    // Walk up to the entry of a top-level type that holds this one.
    let entry = type as Y.AbstractType<unknown>;
    for (;;) {
      const item = entry._item;
      if (!item) break;
      const parent = item.parent as Y.AbstractType<unknown>;
      if (parent._item === null) {
        if (item.parentSub !== null) add(touched.inside, parent, item.parentSub);
        break;
      }
      entry = parent;
    }
  }
  return touched;
}
