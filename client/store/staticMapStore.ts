import { createStore, type StoreApi } from 'zustand/vanilla';
import { NOTHING_TOUCHED } from '../../shared/ydoc/mapReader.ts';
import type { NoteRecord } from '../../shared/ydoc/noteRecord.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import type { EdgeRecord, NodeRecord } from '../../shared/ydoc/schema.ts';
import type { MapState } from './mapStore.ts';
import { RecordIndex } from './recordIndex.ts';

/**
 * `previous` changed to hold exactly `records`: a record that is the same object as before
 * keeps its place, so selectors of it do not fire, and when none changed `previous` itself
 * comes back.
 */
export function reindex<R extends { id: string }>(
  previous: RecordIndex<R>,
  records: readonly R[],
): RecordIndex<R> {
  const changes: [string, R | undefined][] = [];
  const ids = new Set<string>();
  for (const record of records) {
    ids.add(record.id);
    if (previous.get(record.id) !== record) changes.push([record.id, record]);
  }
  for (const id of previous.keys()) if (!ids.has(id)) changes.push([id, undefined]);
  return changes.length === 0 ? previous : previous.with(changes);
}

/** The state of a map that never changes (a saved version), or of one snapshot of it. */
export function mapStateOf(
  snapshot: MapSnapshot,
  previous?: Pick<MapState, 'nodeById' | 'edgeById' | 'noteById'>,
): MapState {
  const nodeById =
    previous?.nodeById instanceof RecordIndex
      ? reindex(previous.nodeById as RecordIndex<NodeRecord>, snapshot.nodes)
      : RecordIndex.of(snapshot.nodes);
  const edgeById =
    previous?.edgeById instanceof RecordIndex
      ? reindex(previous.edgeById as RecordIndex<EdgeRecord>, snapshot.edges)
      : RecordIndex.of(snapshot.edges);
  const noteById =
    previous?.noteById instanceof RecordIndex
      ? reindex(previous.noteById as RecordIndex<NoteRecord>, snapshot.notes ?? [])
      : RecordIndex.of(snapshot.notes ?? []);
  return { snapshot, nodeById, edgeById, noteById, touched: NOTHING_TOUCHED };
}

/** A store of a map that does not change: a saved version shown on the canvas. */
export function createStaticMapStore(snapshot: MapSnapshot): StoreApi<MapState> {
  return createStore<MapState>(() => mapStateOf(snapshot));
}
