import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';

/** What this participant has selected on the canvas. */
export interface SelectionState {
  /** Ids of the selected elements; the same array until the selection changes. */
  ids: readonly string[];
}

/** The canvas's selection, for the panels that work on it. */
export interface SelectionStore extends StoreApi<SelectionState> {
  /** Takes the canvas's selection (a stable function, for the canvas's `onSelection`). */
  select: (ids: readonly string[]) => void;
}

const NOTHING: readonly string[] = [];

/**
 * A store of the selection, so the workspace that hands the canvas `onSelection` does not
 * re-render (nor re-render the canvas) on each click: only the panels reading it do.
 */
export function createSelectionStore(): SelectionStore {
  const store = createStore<SelectionState>(() => ({ ids: NOTHING }));
  const select = (ids: readonly string[]) => {
    const now = store.getState().ids;
    if (ids.length === now.length && ids.every((id, at) => id === now[at])) return;
    store.setState({ ids: ids.length === 0 ? NOTHING : ids });
  };
  return Object.assign(store, { select });
}

/** The selection, provided by the workspace. */
export const SelectionContext = createContext<SelectionStore | null>(null);

function useSelectionStore(): SelectionStore {
  const store = useContext(SelectionContext);
  if (!store) throw new Error('the selection needs a SelectionContext provider');
  return store;
}

/** The ids selected on the canvas. */
export function useSelection(): readonly string[] {
  return useStore(useSelectionStore(), (state) => state.ids);
}

/** The one element selected, if exactly one is. */
export function useSelectedOne(): string | undefined {
  return useStore(useSelectionStore(), (state) =>
    state.ids.length === 1 ? state.ids[0] : undefined,
  );
}
