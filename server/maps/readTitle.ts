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
 * first, so it never loads the doc; nor does it wait for a room still loading (the page opens
 * its socket beside this question, and that socket's room may be building its doc from the
 * store, whose title the row holds).
 */
export function readTitle(map: MapRecord, rooms: Pick<Rooms, 'get'>): string {
  const room = rooms.get(map.id);
  if (room?.isReady) return titleOf(room.doc) ?? map.title;
  return map.title;
}
