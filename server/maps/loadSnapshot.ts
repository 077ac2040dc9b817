import { type MapSnapshot, readMap } from '../../shared/ydoc/readMap.ts';
import type { DocStore, MapRecord } from '../store/DocStore.ts';
import type { Rooms } from '../sync/Rooms.ts';
import { readCurrentDoc } from './readCurrentDoc.ts';

/** A map as it stands now, as plain, validated records. */
export function loadSnapshot(map: MapRecord, store: DocStore, rooms: Rooms): Promise<MapSnapshot> {
  return readCurrentDoc(map, store, rooms, readMap);
}
