import { useContext } from 'react';
import { useStoreWithEqualityFn } from 'zustand/traditional';
import { shallow } from 'zustand/vanilla/shallow';
import type { MapState } from '../store/mapStore.ts';
import { MapStoreContext } from '../store/useMapStore.ts';
import { useShownMapStore } from '../store/useShownMap.ts';

/**
 * A slice of the open map worked out from the state, re-rendering the component only when
 * `isEqual` says the slice changed: for slices made afresh by each call (a list of names),
 * which `useMapState`'s `Object.is` would see as new on every change of the map.
 */
export function useMapSlice<T>(
  selector: (state: MapState) => T,
  isEqual: (a: T, b: T) => boolean = shallow,
): T {
  const store = useContext(MapStoreContext);
  if (!store) throw new Error('useMapSlice needs a MapStoreContext provider');
  return useStoreWithEqualityFn(store, selector, isEqual);
}

/** Two lists of plain records are equal item by item, each compared one level deep. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, at) => shallow(item, b[at]));
}

/** `useMapSlice` over the map on show (client/store/useShownMap.ts) rather than the live one. */
export function useShownMapSlice<T>(
  selector: (state: MapState) => T,
  isEqual: (a: T, b: T) => boolean = shallow,
): T {
  return useStoreWithEqualityFn(useShownMapStore(), selector, isEqual);
}
