import * as Y from 'yjs';
import { mapDoc } from '../../shared/ydoc/layout.ts';
import { type MapSnapshot, readMap } from '../../shared/ydoc/readMap.ts';
import type { DocStore, MapRecord } from '../store/DocStore.ts';
import type { Rooms } from '../sync/Rooms.ts';

/** A map's content as plain records, with its description. */
export interface StoredMap extends MapSnapshot {
  description?: string;
}

function read(doc: Y.Doc): StoredMap {
  const description = mapDoc(doc).meta.get('description');
  return {
    ...readMap(doc),
    ...(typeof description === 'string' && description ? { description } : {}),
  };
}

/**
 * Reads a map as it stands now: from its live room when people are on it (so an export
 * includes changes not yet compacted), otherwise from the store.
 */
export async function loadSnapshot(
  map: MapRecord,
  store: DocStore,
  rooms: Rooms,
): Promise<StoredMap> {
  const room = rooms.get(map.id);
  if (room) {
    await room.loaded;
    if (rooms.get(map.id) === room) return read(room.doc);
  }
  const doc = new Y.Doc();
  try {
    for (const part of await store.loadDoc(map.id)) Y.applyUpdate(doc, part);
    return read(doc);
  } finally {
    doc.destroy();
  }
}
