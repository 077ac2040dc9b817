import type * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { NOTHING_TOUCHED, observeMap, type TouchedElements } from '../../shared/ydoc/mapReader.ts';
import type { NoteRecord } from '../../shared/ydoc/noteRecord.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import type { EdgeRecord, NodeRecord } from '../../shared/ydoc/schema.ts';
import { RecordIndex } from './recordIndex.ts';
import { reindex } from './staticMapStore.ts';

/** The map as the client holds it: fed by the doc's events, one touched element at a time. */
export interface MapState {
  snapshot: MapSnapshot;
  /**
   * Records by id; a record nothing touched keeps its identity from one state to the next,
   * and an index whose collection nothing changed stays the same object.
   */
  nodeById: ReadonlyMap<string, NodeRecord>;
  edgeById: ReadonlyMap<string, EdgeRecord>;
  /** Sticky notes and free text by id, kept the same way. */
  noteById: ReadonlyMap<string, NoteRecord>;
  /** What the last transaction touched. */
  touched: TouchedElements;
}

/** A map's store and its teardown. */
export interface MapStore extends StoreApi<MapState> {
  readonly doc: Y.Doc;
  /** Stops observing the doc; the state stays as it was. */
  destroy: () => void;
  isDestroyed: () => boolean;
}

/**
 * A zustand store of one map's doc. It observes the doc (observeDeep) and re-reads only the
 * elements each transaction touched (shared/ydoc/mapReader.ts); the indexes by id change
 * only for the records that changed (recordIndex.ts), so components that select one record
 * re-render only when that record changes, and an update costs no walk of the whole map.
 */
export function createMapStore(doc: Y.Doc): MapStore {
  let store: StoreApi<MapState> | null = null;
  let nodeById = RecordIndex.of<NodeRecord>([]);
  let edgeById = RecordIndex.of<EdgeRecord>([]);
  let noteById = RecordIndex.of<NoteRecord>([]);
  let notes: readonly NoteRecord[] | undefined;
  const observed = observeMap(doc, (snapshot, touched) => {
    const { reader } = observed;
    nodeById = nodeById.with([...reader.changed.nodes].map((id) => [id, reader.node(id)]));
    edgeById = edgeById.with([...reader.changed.edges].map((id) => [id, reader.edge(id)]));
    // A map has a few notes: they are re-indexed by identity when their list changes.
    if (snapshot.notes !== notes) {
      notes = snapshot.notes;
      noteById = reindex(noteById, notes ?? []);
    }
    store?.setState({ snapshot, touched, nodeById, edgeById, noteById });
  });
  const first = observed.reader.snapshot;
  nodeById = RecordIndex.of(first.nodes);
  edgeById = RecordIndex.of(first.edges);
  notes = first.notes;
  noteById = RecordIndex.of(notes ?? []);
  const initial: MapState = {
    snapshot: first,
    touched: NOTHING_TOUCHED,
    nodeById,
    edgeById,
    noteById,
  };
  store = createStore<MapState>(() => initial);
  let destroyed = false;
  return Object.assign(store, {
    doc,
    destroy: () => {
      destroyed = true;
      observed.destroy();
    },
    isDestroyed: () => destroyed,
  });
}
