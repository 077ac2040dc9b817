import {
  applyEdgeChanges,
  applyNodeChanges,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MapSnapshot } from '../../../shared/ydoc/readMap.ts';
import { toFlowInvalidEdges, toFlowInvalidNodes } from '../invalidFlow.ts';
import { toFlowNotes } from '../noteFlow.ts';
import {
  type MapFlowEdge,
  type MapFlowNode,
  type RemoteActivity,
  toFlowEdges,
  toFlowNodes,
  type ViewFilter,
} from '../toFlow.ts';
import { unlessSame } from '../unlessSame.ts';

/** The React Flow nodes and edges of a map, with what the canvas does to them locally. */
export interface FlowElements {
  nodes: MapFlowNode[];
  edges: MapFlowEdge[];
  setNodes: (update: (current: MapFlowNode[]) => MapFlowNode[]) => void;
  setEdges: (update: (current: MapFlowEdge[]) => MapFlowEdge[]) => void;
  onNodesChange: (changes: NodeChange<MapFlowNode>[]) => void;
  onEdgesChange: (changes: EdgeChange<MapFlowEdge>[]) => void;
  /** A node this participant just added: selected as soon as it arrives from the doc. */
  selectOnArrival: RefObject<string | null>;
}

/** The ids of the nodes, as the same set until one is added or removed (not on each move). */
function useNodeIds(nodes: readonly MapFlowNode[]): ReadonlySet<string> {
  const last = useRef<ReadonlySet<string>>(new Set());
  return useMemo(() => {
    const ids = new Set(nodes.map((n) => n.id));
    const same = ids.size === last.current.size && [...ids].every((id) => last.current.has(id));
    if (!same) last.current = ids;
    return last.current;
  }, [nodes]);
}

/**
 * Projects the map onto React Flow nodes and edges. Unchanged elements keep their identity
 * (client/canvas/toFlow.ts), so React Flow redraws only what a change touched.
 */
export function useFlowElements(
  snapshot: MapSnapshot,
  remote: RemoteActivity,
  filter: ViewFilter,
  flags: ReadonlyMap<string, 'error' | 'warning'>,
  lockedForMe: ReadonlySet<string>,
): FlowElements {
  const [nodes, setNodes] = useState<MapFlowNode[]>([]);
  const [edges, setEdges] = useState<MapFlowEdge[]>([]);
  const selectOnArrival = useRef<string | null>(null);
  // The added node takes focus too, so the keyboard goes on with it (arrows, its menu).
  const focusOnArrival = useRef<string | null>(null);

  useEffect(
    () =>
      setNodes((previous) => {
        const next = unlessSame(previous, [
          ...toFlowNodes(snapshot, previous, remote, filter, flags, lockedForMe),
          ...toFlowNotes(snapshot, previous, remote, lockedForMe),
          ...toFlowInvalidNodes(snapshot, previous),
        ]);
        const arriving = selectOnArrival.current;
        if (!arriving || !next.some((n) => n.id === arriving)) return next;
        selectOnArrival.current = null;
        focusOnArrival.current = arriving;
        return next.map((n) =>
          n.selected === (n.id === arriving) ? n : { ...n, selected: n.id === arriving },
        );
      }),
    [snapshot, remote, filter, flags, lockedForMe],
  );
  useEffect(() => {
    const id = focusOnArrival.current;
    if (!id || !nodes.some((n) => n.id === id)) return;
    const frame = requestAnimationFrame(() => {
      const element = document.querySelector<HTMLElement>(
        `.react-flow__node[data-id="${CSS.escape(id)}"]`,
      );
      // React Flow hides a node until it is measured; focus takes once it is shown.
      element?.focus({ preventScroll: true });
      if (element && document.activeElement === element) focusOnArrival.current = null;
    });
    return () => cancelAnimationFrame(frame);
  }, [nodes]);
  const visibleNodeIds = useNodeIds(nodes);
  useEffect(
    () =>
      setEdges((previous) =>
        unlessSame(previous, [
          ...toFlowEdges(snapshot, previous, remote, filter, visibleNodeIds, flags, lockedForMe),
          ...toFlowInvalidEdges(snapshot, visibleNodeIds, previous),
        ]),
      ),
    [snapshot, remote, filter, visibleNodeIds, flags, lockedForMe],
  );

  // Removals go through the doc (onDelete), which then removes the elements everywhere.
  const onNodesChange = useCallback((changes: NodeChange<MapFlowNode>[]) => {
    setNodes((current) =>
      applyNodeChanges(
        changes.filter((c) => c.type !== 'remove'),
        current,
      ),
    );
  }, []);
  const onEdgesChange = useCallback((changes: EdgeChange<MapFlowEdge>[]) => {
    setEdges((current) =>
      applyEdgeChanges(
        changes.filter((c) => c.type !== 'remove'),
        current,
      ),
    );
  }, []);

  return { nodes, edges, setNodes, setEdges, onNodesChange, onEdgesChange, selectOnArrival };
}
