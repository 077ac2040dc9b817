import { useStoreApi } from '@xyflow/react';
import { useLayoutEffect } from 'react';

/** The bodies being renamed on one canvas, for the zoomed-out view to paint no name over. */
export class FarRenames {
  private readonly ids = new Set<string>();
  private readonly listeners = new Set<() => void>();

  get renaming(): ReadonlySet<string> {
    return this.ids;
  }

  add(id: string): void {
    this.ids.add(id);
    this.changed();
  }

  delete(id: string): void {
    if (this.ids.delete(id)) this.changed();
  }

  /** Calls `listener` after each change; returns its teardown. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

// One set per React Flow instance, found from its store: the cards and the canvas that paints
// the blocks both sit inside React Flow's provider, so nothing above it has to hand it down.
// useStoreApi gives each caller its own wrapper of the store, sharing the store's getState.
const byFlow = new WeakMap<object, FarRenames>();

/** The bodies being renamed on the canvas this component is drawn in. */
export function useFarRenames(): FarRenames {
  const store = useStoreApi();
  let renames = byFlow.get(store.getState);
  if (!renames) {
    renames = new FarRenames();
    byFlow.set(store.getState, renames);
  }
  return renames;
}

/** Tells the zoomed-out view's canvas that this body is being renamed while `renaming` holds. */
export function useFarRenaming(id: string, renaming: boolean): void {
  const renames = useFarRenames();
  useLayoutEffect(() => {
    if (!renaming) return;
    renames.add(id);
    return () => renames.delete(id);
  }, [renames, id, renaming]);
}
