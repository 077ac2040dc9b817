import * as Y from 'yjs';
import { mapDoc } from '../../shared/ydoc/index.ts';
import type { DocStore, MapRecord } from '../store/DocStore.ts';
import type { Rooms } from '../sync/Rooms.ts';

function titleOf(doc: Y.Doc): string | undefined {
  const title = mapDoc(doc).meta.get('title');
  return typeof title === 'string' && title.trim() !== '' ? title : undefined;
}

/**
 * The map's live title: from its doc's meta (the loaded room's, else the stored doc's),
 * falling back to the title it was created with.
 */
export async function readTitle(map: MapRecord, store: DocStore, rooms: Rooms): Promise<string> {
  const room = rooms.get(map.id);
  if (room) {
    await room.loaded;
    // The room may have been unloaded while we waited; its doc is then empty.
    const live = titleOf(room.doc);
    if (live) return live;
  }
  const doc = new Y.Doc();
  try {
    for (const part of await store.loadDoc(map.id)) Y.applyUpdate(doc, part);
    return titleOf(doc) ?? map.title;
  } finally {
    doc.destroy();
  }
}
