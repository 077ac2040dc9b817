import { useStoreApi } from '@xyflow/react';
import { useLayoutEffect } from 'react';
import { type FarBlock, FarBlocks } from '../farBlocks.ts';

// One set of blocks per React Flow instance, found from its store: cards and the canvas that
// paints them both sit inside React Flow's provider, so nothing above it has to hand it down.
// useStoreApi gives each caller its own wrapper of the store, sharing the store's getState.
const byFlow = new WeakMap<object, FarBlocks>();

/** The zoomed-out blocks of the React Flow this component is drawn in. */
export function useFarBlocks(): FarBlocks {
  const store = useStoreApi();
  let blocks = byFlow.get(store.getState);
  if (!blocks) {
    blocks = new FarBlocks();
    byFlow.set(store.getState, blocks);
  }
  return blocks;
}

/**
 * Puts this body on the zoomed-out view's canvas while `block` is given (the view is zoomed out
 * and the card mounted), with what the canvas paints of it.
 */
export function useFarBlock(id: string, block: FarBlock | undefined): void {
  const blocks = useFarBlocks();
  const { label, kind, status, dimmed, change, renaming } = block ?? {};
  const shown = block !== undefined;
  useLayoutEffect(() => {
    if (!shown || label === undefined || kind === undefined || status === undefined) return;
    const painted: FarBlock = {
      label,
      kind,
      status,
      dimmed: dimmed ?? false,
      change,
      renaming: renaming ?? false,
    };
    blocks.set(id, painted);
    return () => blocks.delete(id, painted);
  }, [blocks, id, shown, label, kind, status, dimmed, change, renaming]);
}
