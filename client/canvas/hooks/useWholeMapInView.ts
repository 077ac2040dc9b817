import type { InternalNode, ReactFlowState } from '@xyflow/react';
import { useStore } from '@xyflow/react';
import type { Rect } from '@xyflow/system';

// React Flow hands a new list of nodes whenever one moves, is measured, added, removed or
// selected; the box around them all is worked out once per list.
const boundsOf = new WeakMap<object, Rect>();

/**
 * The box around every node shown, as React Flow's getInternalNodesBounds works it out (a
 * node's measured size, else its own, else its initial one), in one loop that makes no object
 * per node: it runs for every new list of nodes, a selection's included, on a whole system.
 */
function boundsOfNodes(lookup: ReadonlyMap<string, InternalNode>): Rect {
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const node of lookup.values()) {
    const { x, y } = node.internals.positionAbsolute;
    const width = node.measured?.width ?? node.width ?? node.initialWidth ?? 0;
    const height = node.measured?.height ?? node.height ?? node.initialHeight ?? 0;
    if (x < left) left = x;
    if (y < top) top = y;
    if (x + width > right) right = x + width;
    if (y + height > bottom) bottom = y + height;
  }
  return left === Number.POSITIVE_INFINITY
    ? { x: 0, y: 0, width: 0, height: 0 }
    : { x: left, y: top, width: right - left, height: bottom - top };
}

function mapBounds(state: Pick<ReactFlowState, 'nodes' | 'nodeLookup'>): Rect {
  let bounds = boundsOf.get(state.nodes);
  if (!bounds) {
    bounds = boundsOfNodes(state.nodeLookup);
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
