import { type ReactFlowState, useStore } from '@xyflow/react';
import { getInternalNodesBounds, type Rect } from '@xyflow/system';

// React Flow hands a new list of nodes whenever one moves, is measured, added or removed; the
// box around them all is worked out once per list.
const boundsOf = new WeakMap<object, Rect>();

function mapBounds(state: Pick<ReactFlowState, 'nodes' | 'nodeLookup'>): Rect {
  let bounds = boundsOf.get(state.nodes);
  if (!bounds) {
    bounds = getInternalNodesBounds(state.nodeLookup, { filter: (node) => !node.hidden });
    boundsOf.set(state.nodes, bounds);
  }
  return bounds;
}

/** Whether every node of React Flow's store is inside its view. */
export const wholeMapInView = (
  state: Pick<ReactFlowState, 'nodes' | 'nodeLookup' | 'transform' | 'width' | 'height'>,
): boolean => {
  const bounds = mapBounds(state);
  // No node shown: nothing to cull.
  if (bounds.width === 0 && bounds.height === 0) return true;
  const [x, y, zoom] = state.transform;
  return (
    bounds.x * zoom + x >= 0 &&
    bounds.y * zoom + y >= 0 &&
    (bounds.x + bounds.width) * zoom + x <= state.width &&
    (bounds.y + bounds.height) * zoom + y <= state.height
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
