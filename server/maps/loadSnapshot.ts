import * as Y from 'yjs';
import { type MapSnapshot, readMap } from '../../shared/ydoc/readMap.ts';
import type { DocStore, MapRecord } from '../store/DocStore.ts';
import type { Rooms } from '../sync/Rooms.ts';

/**
 * Reads a map as it stands now: from its live room when people are on it (so an export
 * includes changes not yet compacted), otherwise from the store.
 */
export async function loadSnapshot(
  map: MapRecord,
  store: DocStore,
  rooms: Rooms,
): Promise<MapSnapshot> {
  const room = rooms.get(map.id);
  if (room) {
    await room.loaded;
    if (rooms.get(map.id) === room) return readMap(room.doc);
  }
  const doc = new Y.Doc();
  try {
    for (const part of await store.loadDoc(map.id)) Y.applyUpdate(doc, part);
    return readMap(doc);
  } finally {
    doc.destroy();
  }
}
