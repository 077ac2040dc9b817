import type * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { NOTHING_TOUCHED, observeMap, type TouchedElements } from '../../shared/ydoc/mapReader.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import type { EdgeRecord, NodeRecord } from '../../shared/ydoc/schema.ts';

/** The map as the client holds it: fed by the doc's events, one touched element at a time. */
export interface MapState {
  snapshot: MapSnapshot;
  /** Records by id; a record nothing touched keeps its identity from one state to the next. */
  nodeById: ReadonlyMap<string, NodeRecord>;
  edgeById: ReadonlyMap<string, EdgeRecord>;
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

/** Keeps the previous index when its collection did not change, so selectors stay equal. */
function indexOf<R extends { id: string }>(
  records: readonly R[],
  previous: { list: readonly R[]; index: ReadonlyMap<string, R> } | undefined,
): ReadonlyMap<string, R> {
  if (previous && previous.list === records) return previous.index;
  return new Map(records.map((record) => [record.id, record]));
}

/**
 * A zustand store of one map's doc. It observes the doc (observeDeep) and re-reads only the
 * elements each transaction touched (shared/ydoc/mapReader.ts), so components that select
 * one record re-render only when that record changes.
 */
export function createMapStore(doc: Y.Doc): MapStore {
  let store: StoreApi<MapState> | null = null;
  const observed = observeMap(doc, (snapshot, touched) => {
    const previous = store?.getState();
    store?.setState({
      snapshot,
      touched,
      nodeById: indexOf(
        snapshot.nodes,
        previous && { list: previous.snapshot.nodes, index: previous.nodeById },
      ),
      edgeById: indexOf(
        snapshot.edges,
        previous && { list: previous.snapshot.edges, index: previous.edgeById },
      ),
    });
  });
  const first = observed.reader.snapshot;
  store = createStore<MapState>(() => ({
    snapshot: first,
    touched: NOTHING_TOUCHED,
    nodeById: indexOf(first.nodes, undefined),
    edgeById: indexOf(first.edges, undefined),
  }));
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
