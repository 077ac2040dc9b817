import type { StoreApi } from 'zustand/vanilla';
import type { MapState } from './mapStore.ts';

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

function recordsChanged(id: string, before: ElementState, after: ElementState): boolean {
  return (
    before.nodeById.get(id) !== after.nodeById.get(id) ||
    before.edgeById.get(id) !== after.edgeById.get(id) ||
    before.noteById.get(id) !== after.noteById.get(id)
  );
}

/**
 * Tells each element's listeners only of changes to that element: its own record (node,
 * relationship or note by its id, compared by identity, which the store keeps for records a
 * change did not touch), or a list every card reads (the field problems, a compared
 * version's changes), which tells them all. One subscription to the store, however many
 * elements listen: on a whole system, a change no longer runs thousands of cards' selectors.
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
    for (const [id, set] of [...listeners]) {
      if (recordsChanged(id, before, state)) for (const listener of [...set]) listener();
    }
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
