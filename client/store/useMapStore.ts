import { createContext, useContext, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { useStore } from 'zustand';
import { createMapStore, type MapState, type MapStore } from './mapStore.ts';

/** The open map's store, provided by the workspace. */
export const MapStoreContext = createContext<MapStore | null>(null);

/** Creates the store of a doc for as long as the component that owns it is mounted. */
export function useCreateMapStore(doc: Y.Doc): MapStore {
  const [store, setStore] = useState(() => createMapStore(doc));
  useEffect(() => {
    // A new doc, or a remount under StrictMode (which ran the teardown), needs a new store;
    // the run that follows setStore owns it and its teardown.
    if (store.isDestroyed() || store.doc !== doc) {
      setStore(createMapStore(doc));
      return;
    }
    return () => store.destroy();
  }, [doc, store]);
  return store;
}

/**
 * A slice of the open map. The component re-renders only when the selected value changes
 * (by `Object.is`); select records or primitives, not objects built in the selector.
 */
export function useMapState<T>(selector: (state: MapState) => T): T {
  const store = useContext(MapStoreContext);
  if (!store) throw new Error('useMapState needs a MapStoreContext provider');
  return useStore(store, selector);
}

/** A slice of the live map (never a saved version): what edits and panels about now read. */
export const useLiveMap = useMapState;
