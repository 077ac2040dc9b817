import { equalityDeep } from 'lib0/function';
import * as Y from 'yjs';
import { mapDoc } from './layout.ts';

/** A detached copy of a Y.Map (nested Y.Maps copied too), ready to be put into a doc. */
function copyMap(from: Y.Map<unknown>): Y.Map<unknown> {
  const copy = new Y.Map<unknown>();
  for (const [key, value] of from) copy.set(key, copyValue(value));
  return copy;
}

function copyValue(value: unknown): unknown {
  if (value instanceof Y.Map) return copyMap(value);
  if (value instanceof Y.AbstractType) return value.clone();
  return value;
}

/**
 * Makes `into` hold the same entries as `from`, writing only what differs: extra keys are
 * deleted, missing ones added, nested Y.Maps (an element's attrs) compared key by key.
 */
function syncMap(into: Y.Map<unknown>, from: Y.Map<unknown>): void {
  for (const key of [...into.keys()]) if (!from.has(key)) into.delete(key);
  for (const [key, wanted] of from) {
    const current = into.get(key);
    if (wanted instanceof Y.Map) {
      if (current instanceof Y.Map) syncMap(current, wanted);
      else into.set(key, copyMap(wanted));
    } else if (wanted instanceof Y.AbstractType) {
      // No element holds other shared types today; a copy is enough to stay correct.
      into.set(key, wanted.clone());
    } else if (
      !into.has(key) ||
      current instanceof Y.AbstractType ||
      !equalityDeep(current, wanted)
    ) {
      into.set(key, wanted);
    }
  }
}

/**
 * Makes `doc`'s title, description, nodes and edges equal `target`'s (same ids, fields and
 * attrs), as ordinary new changes in one transaction: restoring a version this way reaches
 * connected clients as updates and keeps everything before it in history. Only what differs
 * is written, so untouched elements keep their identity and concurrent edits to them merge.
 */
export function replaceContent(doc: Y.Doc, origin: unknown, target: Y.Doc): void {
  const into = mapDoc(doc);
  const from = mapDoc(target);
  doc.transact(() => {
    for (const key of ['title', 'description']) {
      const wanted = from.meta.get(key);
      if (wanted === undefined) {
        if (into.meta.has(key)) into.meta.delete(key);
      } else if (!equalityDeep(into.meta.get(key), wanted)) {
        into.meta.set(key, wanted);
      }
    }
    for (const collection of ['nodes', 'edges'] as const) {
      const current = into[collection];
      const wanted = from[collection];
      for (const id of [...current.keys()]) if (!wanted.has(id)) current.delete(id);
      for (const [id, element] of wanted) {
        if (!(element instanceof Y.Map)) continue;
        const existing = current.get(id);
        if (existing instanceof Y.Map) syncMap(existing, element);
        else current.set(id, copyMap(element));
      }
    }
  }, origin);
}
