import * as Y from 'yjs';

/**
 * The stored parts (snapshot, log rows) that may hold something `doc` lacks. Reading which
 * clocks a part spans costs a tenth of applying it only to find it known, and a map's log
 * holds a thousand rows or more between compactions, nearly all of them already in a live
 * doc. A part whose structs the doc holds is left out: its deletions came with those structs
 * (an update carries its transaction's deletions beside its structs, and every route into a
 * doc, a merged broadcast or a sync step 2 included, keeps them together). A part with no
 * structs (deletions only) is always kept.
 */
export function unseenParts(doc: Y.Doc, parts: readonly Uint8Array[]): Uint8Array[] {
  const held = Y.decodeStateVector(Y.encodeStateVector(doc));
  return parts.filter((part) => {
    const { to } = Y.parseUpdateMeta(part);
    if (to.size === 0) return true;
    for (const [client, clock] of to) if ((held.get(client) ?? 0) < clock) return true;
    return false;
  });
}
