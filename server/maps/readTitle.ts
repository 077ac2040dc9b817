import type * as Y from 'yjs';
import { mapDoc } from '../../shared/ydoc/index.ts';
import type { MapRecord } from '../store/DocStore.ts';
import type { Rooms } from '../sync/Rooms.ts';

/** A doc's title, when it has one that is not blank. */
export function titleOf(doc: Y.Doc): string | undefined {
  const title = mapDoc(doc).meta.get('title');
  return typeof title === 'string' && title.trim() !== '' ? title : undefined;
}

/**
 * The map's title: its loaded room's live one, or else the one its row holds, which a room
 * writes as the title changes, on whichever process it is loaded. Opening a map asks for it
 * first, so it never loads the doc.
 */
export async function readTitle(map: MapRecord, rooms: Rooms): Promise<string> {
  const room = rooms.get(map.id);
  if (room) {
    await room.loaded;
    // The room may have been unloaded while we waited; its compaction then wrote the title.
    if (rooms.get(map.id) === room) return titleOf(room.doc) ?? map.title;
  }
  return map.title;
}
