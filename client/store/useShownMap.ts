import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
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
