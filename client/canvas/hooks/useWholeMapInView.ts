import { type ReactFlowState, useStore } from '@xyflow/react';

interface Bounds {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

// React Flow hands a new list of nodes whenever one moves, is measured, added or removed; the
// box around them all is worked out once per list.
const boundsOf = new WeakMap<object, Bounds | null>();

function mapBounds(state: Pick<ReactFlowState, 'nodes' | 'nodeLookup'>): Bounds | null {
  let bounds = boundsOf.get(state.nodes);
  if (bounds !== undefined) return bounds;
  bounds = null;
  for (const node of state.nodeLookup.values()) {
    if (node.hidden) continue;
    const { x, y } = node.internals.positionAbsolute;
    const right = x + (node.measured.width ?? node.width ?? 0);
    const bottom = y + (node.measured.height ?? node.height ?? 0);
    if (!bounds) bounds = { left: x, top: y, right, bottom };
    else {
      bounds.left = Math.min(bounds.left, x);
      bounds.top = Math.min(bounds.top, y);
      bounds.right = Math.max(bounds.right, right);
      bounds.bottom = Math.max(bounds.bottom, bottom);
    }
  }
  boundsOf.set(state.nodes, bounds);
  return bounds;
}

/** Whether every node of React Flow's store is inside its view. */
export const wholeMapInView = (
  state: Pick<ReactFlowState, 'nodes' | 'nodeLookup' | 'transform' | 'width' | 'height'>,
): boolean => {
  const bounds = mapBounds(state);
  if (!bounds) return true;
  const [x, y, zoom] = state.transform;
  return (
    bounds.left * zoom + x >= 0 &&
    bounds.top * zoom + y >= 0 &&
    bounds.right * zoom + x <= state.width &&
    bounds.bottom * zoom + y <= state.height
  );
};

/**
 * True while every node of the map is inside the view (a map fitted to the screen), where
 * working out which nodes are on screen, on every change of React Flow's store and every frame
 * of a pan, would only find them all. Re-renders its caller only when that turns.
 */
export function useWholeMapInView(): boolean {
  return useStore(wholeMapInView);
}
