import * as Y from 'yjs';
import type { DocStore, MapRecord } from '../store/DocStore.ts';
import type { Rooms } from '../sync/Rooms.ts';

/** A Y.Doc holding one stored state (a version, or the store's snapshot and log). */
export function docFromParts(parts: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const part of parts) Y.applyUpdate(doc, part);
  return doc;
}

/**
 * Reads a map's doc as it stands now: its live room's when people are on it (so the read
 * includes changes not yet compacted), otherwise the stored one, loaded for this read only.
 */
export async function readCurrentDoc<T>(
  map: MapRecord,
  store: DocStore,
  rooms: Rooms,
  read: (doc: Y.Doc) => T,
): Promise<T> {
  const room = rooms.get(map.id);
  if (room) {
    await room.loaded;
    // The room may have been unloaded while we waited; its doc is then empty.
    if (rooms.get(map.id) === room) return read(room.doc);
  }
  const doc = docFromParts(await store.loadDoc(map.id));
  try {
    return read(doc);
  } finally {
    doc.destroy();
  }
}
