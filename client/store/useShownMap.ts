import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { elementChannelOf } from './elementChannel.ts';
import type { MapState } from './mapStore.ts';

/**
 * The map the canvas shows, as a store of the same shape as the live map's: the live map's
 * own store when no version is open, a saved version's (which never changes) while one is
 * viewed, or the live map with the version's removed elements as ghosts while the two are
 * compared (client/versions/comparedMapStore.ts). Provided by the workspace from
 * `useVersionView(…).shownStore`; everything that draws what the canvas draws (bodies,
 * relationships, the legend, find, the inspector) reads from here, the rest from the live map.
 */
export const ShownMapContext = createContext<StoreApi<MapState> | null>(null);

/** The store of the map on show (see ShownMapContext). */
export function useShownMapStore(): StoreApi<MapState> {
  const store = useContext(ShownMapContext);
  if (!store) throw new Error('useShownMap needs a ShownMapContext provider');
  return store;
}

/**
 * A slice of the map on show. The component re-renders only when the selected value changes
 * (by `Object.is`): select a record (`s => s.nodeById.get(id)`) or a primitive, not an
 * object built in the selector.
 */
export function useShownMap<T>(selector: (state: MapState) => T): T {
  return useStore(useShownMapStore(), selector);
}

/**
 * A slice of the map on show that depends only on element `id`: its own record (node,
 * relationship or note by that id), the field problems and a compared version's changes. The
 * component checks it only when one of those changed (elementChannel.ts), not on every change
 * of the map, so thousands of cards cost nothing when one body is added. Like useShownMap,
 * select a record or a primitive.
 */
export function useShownElement<T>(id: string, selector: (state: MapState) => T): T {
  const store = useShownMapStore();
  const subscribe = useCallback(
    (listener: () => void) => elementChannelOf(store).listen(id, listener),
    [store, id],
  );
  const read = () => selector(store.getState());
  return useSyncExternalStore(subscribe, read, read);
}
