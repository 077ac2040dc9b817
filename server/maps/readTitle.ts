import type * as Y from 'yjs';
import { mapDoc } from '../../shared/ydoc/index.ts';
import type { DocStore, MapRecord } from '../store/DocStore.ts';
import type { Rooms } from '../sync/Rooms.ts';
import { readCurrentDoc } from './readCurrentDoc.ts';

function titleOf(doc: Y.Doc): string | undefined {
  const title = mapDoc(doc).meta.get('title');
  return typeof title === 'string' && title.trim() !== '' ? title : undefined;
}

/** The map's live title: from its doc's meta, falling back to the title it was created with. */
export async function readTitle(map: MapRecord, store: DocStore, rooms: Rooms): Promise<string> {
  return (await readCurrentDoc(map, store, rooms, titleOf)) ?? map.title;
}
