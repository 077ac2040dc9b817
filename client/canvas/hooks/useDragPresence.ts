import { useCallback } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { sharePresence } from '../../collab/presence.ts';
import type { MapFlowNode } from '../toFlow.ts';

/**
 * Drags are shared live through presence (not the doc), and written to the doc once, on
 * drop, so a drag is one undo step.
 */
export function useDragPresence(
  awareness: Awareness,
  reparentDropped: (dragged: readonly MapFlowNode[]) => void,
) {
  const shareDrag = useCallback(
    (dragged: readonly MapFlowNode[]) =>
      sharePresence(
        awareness,
        'dragging',
        Object.fromEntries(dragged.map((n) => [n.id, n.position])),
      ),
    [awareness],
  );
  const drop = useCallback(
    (dragged: readonly MapFlowNode[]) => {
      reparentDropped(dragged);
      sharePresence(awareness, 'dragging', {});
    },
    [reparentDropped, awareness],
  );
  // Stable handlers in React Flow's shapes: React Flow takes every changed prop into its
  // store, which each node and edge then checks.
  const onNodeDrag = useCallback(
    (_event: unknown, _node: unknown, dragged: MapFlowNode[]) => shareDrag(dragged),
    [shareDrag],
  );
  const onNodeDragStop = useCallback(
    (_event: unknown, _node: unknown, dragged: MapFlowNode[]) => drop(dragged),
    [drop],
  );
  const onSelectionDrag = useCallback(
    (_event: unknown, dragged: MapFlowNode[]) => shareDrag(dragged),
    [shareDrag],
  );
  const onSelectionDragStop = useCallback(
    (_event: unknown, dragged: MapFlowNode[]) => drop(dragged),
    [drop],
  );
  return { onNodeDrag, onNodeDragStop, onSelectionDrag, onSelectionDragStop };
}
