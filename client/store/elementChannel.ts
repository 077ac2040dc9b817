import type { StoreApi } from 'zustand/vanilla';
import type { MapState } from './mapStore.ts';
import { RecordIndex } from './recordIndex.ts';

/** What of a map's state an element's card reads: its records, and lists every card reads. */
interface ElementState {
  nodeById: ReadonlyMap<string, unknown>;
  edgeById: ReadonlyMap<string, unknown>;
  noteById: ReadonlyMap<string, unknown>;
  snapshot: { fieldProblems: unknown };
  /** A compared version's changes by id (client/versions/comparedMapStore.ts). */
  changes?: unknown;
}

/** Listeners by element id over one store of a map. */
export interface ElementChannel {
  /** Calls `listener` when element `id` may have changed; returns the unsubscribe. */
  listen: (id: string, listener: () => void) => () => void;
}

type Index = ReadonlyMap<string, unknown>;

/**
 * The ids of the listened elements whose record differs between two indexes. The map's store
 * keeps indexes that share what did not change (recordIndex.ts): their changed ids are found
 * without a look at every element. Any other map is compared id by id.
 */
function changedIds(before: Index, after: Index, listened: ReadonlyMap<string, unknown>) {
  if (before === after) return [];
  if (before instanceof RecordIndex && after instanceof RecordIndex) {
    return after.idsChangedSince(before);
  }
  return [...listened.keys()].filter((id) => before.get(id) !== after.get(id));
}

/**
 * Tells each element's listeners only of changes to that element: its own record (node,
 * relationship or note by its id, compared by identity, which the store keeps for records a
 * change did not touch), or a list every card reads (the field problems, a compared
 * version's changes), which tells them all. One subscription to the store, however many
 * elements listen, and a change costs the elements it changed, not a look at every one: on a
 * whole system, adding or deleting a body no longer runs thousands of cards' checks.
 */
export function createElementChannel<S extends ElementState>(store: StoreApi<S>): ElementChannel {
  const listeners = new Map<string, Set<() => void>>();
  let unsubscribe: (() => void) | null = null;
  const notify = (state: S, before: S) => {
    if (
      state.snapshot.fieldProblems !== before.snapshot.fieldProblems ||
      state.changes !== before.changes
    ) {
      for (const set of [...listeners.values()]) for (const listener of [...set]) listener();
      return;
    }
    if (
      state.nodeById === before.nodeById &&
      state.edgeById === before.edgeById &&
      state.noteById === before.noteById
    ) {
      return;
    }
    const changed = new Set([
      ...changedIds(before.nodeById, state.nodeById, listeners),
      ...changedIds(before.edgeById, state.edgeById, listeners),
      ...changedIds(before.noteById, state.noteById, listeners),
    ]);
    const told = [...changed].flatMap((id) => [...(listeners.get(id) ?? [])]);
    for (const listener of told) listener();
  };
  return {
    listen: (id, listener) => {
      unsubscribe ??= store.subscribe(notify);
      const set = listeners.get(id) ?? new Set();
      set.add(listener);
      listeners.set(id, set);
      return () => {
        set.delete(listener);
        if (set.size === 0 && listeners.get(id) === set) listeners.delete(id);
        if (listeners.size === 0) {
          unsubscribe?.();
          unsubscribe = null;
        }
      };
    },
  };
}

const channels = new WeakMap<StoreApi<MapState>, ElementChannel>();

/** The element channel of a map's store, made on first use. */
export function elementChannelOf(store: StoreApi<MapState>): ElementChannel {
  let channel = channels.get(store);
  if (!channel) {
    channel = createElementChannel(store);
    channels.set(store, channel);
  }
  return channel;
}
