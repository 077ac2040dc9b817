import * as Y from 'yjs';
import { replaceContent } from '../../shared/ydoc/replaceContent.ts';
import type { DocStore, MapRecord } from '../store/DocStore.ts';
import type { Rooms } from '../sync/Rooms.ts';
import { docFromParts, readCurrentDoc } from './readCurrentDoc.ts';

/** The transaction origin of a restore: not a Connection, so the room sends it to everyone. */
export interface RestoreOrigin {
  readonly kind: 'restore';
  readonly versionId: number;
}

/** The full state of a map as it stands now (the live room's, else the stored one). */
export function currentState(map: MapRecord, store: DocStore, rooms: Rooms): Promise<Uint8Array> {
  return readCurrentDoc(map, store, rooms, (doc) => Y.encodeStateAsUpdate(doc));
}

/**
 * Restores a version as new changes on top of the map, so nothing is lost and connected
 * clients receive ordinary updates. With a live room the change goes into its doc, whose
 * update handler stores and broadcasts it; otherwise it is appended to the store's log.
 */
export async function restoreVersion(
  map: MapRecord,
  store: DocStore,
  rooms: Rooms,
  version: { id: number; state: Uint8Array },
): Promise<void> {
  const target = docFromParts([version.state]);
  const origin: RestoreOrigin = { kind: 'restore', versionId: version.id };
  try {
    // Loops only when a room opens or closes while this waits for it or for the store.
    for (;;) {
      const room = rooms.get(map.id);
      if (room) {
        await room.loaded;
        if (rooms.get(map.id) !== room) continue;
        replaceContent(room.doc, origin, target);
        return;
      }
      const parts = await store.loadDoc(map.id);
      // From here on all is synchronous: no room can open before the change is in the log.
      if (rooms.get(map.id)) continue;
      await appendRestore(map.id, store, parts, origin, target);
      rooms.changedInStore(map.id);
      return;
    }
  } finally {
    target.destroy();
  }
}

async function appendRestore(
  mapId: string,
  store: DocStore,
  parts: readonly Uint8Array[],
  origin: RestoreOrigin,
  target: Y.Doc,
): Promise<void> {
  const doc = docFromParts(parts);
  try {
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    replaceContent(doc, origin, target);
    await store.appendUpdates(mapId, updates);
  } finally {
    doc.destroy();
  }
}
