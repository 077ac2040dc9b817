import * as Y from 'yjs';
import { mapDoc } from './layout.ts';

/** Locks elements (the facilitator's act): only the owner may then change them. */
export function lockElements(
  doc: Y.Doc,
  origin: unknown,
  elementIds: readonly string[],
  participantId: string,
): void {
  const { locks, nodes, edges } = mapDoc(doc);
  doc.transact(() => {
    for (const id of elementIds) {
      if (locks.has(id) || !(nodes.has(id) || edges.has(id))) continue;
      locks.set(id, participantId);
    }
  }, origin);
}

/** Unlocks elements. */
export function unlockElements(doc: Y.Doc, origin: unknown, elementIds: readonly string[]): void {
  const { locks } = mapDoc(doc);
  doc.transact(() => {
    for (const id of elementIds) if (locks.has(id)) locks.delete(id);
  }, origin);
}

/**
 * Every locked element: those locked themselves, and every node inside a locked footprint
 * (at any depth). A relationship is locked only by its own lock. `lockIds` stands in for the
 * doc's locks (e.g. the server's trusted copy of them).
 */
export function lockedElementIds(doc: Y.Doc, lockIds?: Iterable<string>): Set<string> {
  const { locks, nodes } = mapDoc(doc);
  const own = new Set<string>(lockIds ?? locks.keys());
  const locked = new Set<string>(own);
  if (locked.size === 0) return locked;
  const parentOf = (id: string): string | undefined => {
    const node = nodes.get(id);
    const parent = node instanceof Y.Map ? node.get('parentId') : undefined;
    return typeof parent === 'string' ? parent : undefined;
  };
  for (const id of nodes.keys()) {
    const seen = new Set<string>();
    for (let at = parentOf(id); at && !seen.has(at); at = parentOf(at)) {
      seen.add(at);
      if (own.has(at)) {
        locked.add(id);
        break;
      }
    }
  }
  return locked;
}
