import { applyEdgeChanges, type EdgeChange, type NodeChange } from '@xyflow/react';
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { MapState } from '../../store/mapStore.ts';
import { selectInFlow, selectOnly } from '../commands/selectOnly.ts';
import { flowChanged } from '../flowChanged.ts';
import { applyFlowNodeChanges } from '../flowNodeChanges.ts';
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
  /** The nodes and edges, for React Flow (CanvasFlow.tsx) and what reads them as a whole. */
  flow: StoreApi<Flow>;
  /**
   * Selects exactly these nodes and edges (`'all'`: every one): one update of what React Flow
   * is given, so it takes in the nodes and the edges in one render.
   */
  select: (wanted: ReadonlySet<string> | 'all') => void;
  onNodesChange: (changes: NodeChange<MapFlowNode>[]) => void;
  onEdgesChange: (changes: EdgeChange<MapFlowEdge>[]) => void;
  /**
   * A node this participant just added: selected as soon as it arrives from the doc, alone
   * (the relationships selected before are unselected in the same update).
   */
  selectOnArrival: RefObject<string | null>;
}

/** What React Flow is given. */
export interface Flow {
  nodes: MapFlowNode[];
  edges: MapFlowEdge[];
}

/** What the projection depends on besides the map. */
interface ProjectionInputs {
  remote: RemoteActivity;
  filter: ViewFilter;
  lockedForMe: ReadonlySet<string>;
}

function sameIds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((id) => b.has(id));
}

/** The relationships last projected: from what, so an unchanged set is not projected again. */
interface ProjectedEdges {
  state: MapState;
  nodeIds: ReadonlySet<string>;
}

/**
 * Whether the relationships need projecting again: they changed, or a body at one of their
 * ends came or went (a body added or removed alone, with none of its own, changes nothing).
 */
function edgesStale(last: ProjectedEdges | null, state: MapState, nodeIds: ReadonlySet<string>) {
  if (!last || last.state.edgeById !== state.edgeById) return true;
  const { snapshot } = state;
  if (last.state.snapshot.invalid !== snapshot.invalid) return true;
  if (last.nodeIds === nodeIds) return false;
  if (snapshot.invalid.length > 0) return true;
  const was = last.nodeIds;
  return snapshot.edges.some(
    (edge) =>
      was.has(edge.source) !== nodeIds.has(edge.source) ||
      was.has(edge.target) !== nodeIds.has(edge.target),
  );
}

/**
 * Projects the map on show onto React Flow nodes and edges, outside React's renders: it
 * follows the store (client/store/useShownMap.ts) and hands React Flow a new list only when
 * what React Flow holds changed (flowChanged.ts). A rename, a status or a fact is read by the
 * node itself, so it changes nothing here and the canvas does not even re-render. Changes
 * are projected once per burst (a microtask), after the code that made them has run — so a
 * node this participant just added is selected as it arrives.
 */
export function useFlowElements(
  shown: StoreApi<MapState>,
  { remote, filter, lockedForMe }: ProjectionInputs,
): FlowElements {
  const [flow] = useState(() => createStore<Flow>(() => ({ nodes: [], edges: [] })));
  const selectOnArrival = useRef<string | null>(null);
  // The added node takes focus too, so the keyboard goes on with it (arrows, its menu).
  const focusOnArrival = useRef<string | null>(null);
  const nodeIds = useRef<ReadonlySet<string>>(new Set());

  useEffect(() => {
    let projected: MapState | null = null;
    let projectedEdges: ProjectedEdges | null = null;
    let queued = false;
    const project = () => {
      queued = false;
      const state = shown.getState();
      if (projected && !flowChanged(projected, state, filter)) {
        projected = state;
        return;
      }
      projected = state;
      const { snapshot } = state;
      const before = flow.getState();
      let next = unlessSame(before.nodes, [
        ...toFlowNodes(snapshot, before.nodes, remote, filter, lockedForMe),
        ...toFlowNotes(snapshot, before.nodes, remote, lockedForMe),
        ...toFlowInvalidNodes(snapshot, before.nodes),
      ]);
      const arriving = selectOnArrival.current;
      let arrived = false;
      if (arriving && next.some((n) => n.id === arriving)) {
        selectOnArrival.current = null;
        focusOnArrival.current = arriving;
        arrived = true;
        // Only the nodes whose selection changes are new objects (a node never selected has
        // no `selected` at all), so React Flow re-renders two nodes, not all of them.
        next = selectOnly(next, new Set([arriving]));
      }
      const ids = new Set(next.map((n) => n.id));
      if (!sameIds(ids, nodeIds.current)) nodeIds.current = ids;
      const stale = edgesStale(projectedEdges, state, nodeIds.current);
      projectedEdges = { state, nodeIds: nodeIds.current };
      const projectedEdgesList = !stale
        ? before.edges
        : unlessSame(before.edges, [
            ...toFlowEdges(snapshot, before.edges, remote, filter, nodeIds.current, lockedForMe),
            ...toFlowInvalidEdges(snapshot, nodeIds.current, before.edges),
          ]);
      const nextEdges = arrived ? selectOnly(projectedEdgesList, new Set()) : projectedEdgesList;
      if (next !== before.nodes || nextEdges !== before.edges) {
        flow.setState({ nodes: next, edges: nextEdges });
      }
    };
    const schedule = () => {
      if (queued) return;
      queued = true;
      queueMicrotask(project);
    };
    project();
    const unsubscribe = shown.subscribe(schedule);
    return () => {
      unsubscribe();
      // A projection queued for a store or inputs no longer shown would undo the next one.
      queued = true;
    };
  }, [shown, flow, remote, filter, lockedForMe]);

  useEffect(() => {
    let frame = 0;
    const unsubscribe = flow.subscribe(({ nodes }, before) => {
      const id = focusOnArrival.current;
      if (nodes === before.nodes || !id || !nodes.some((n) => n.id === id)) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const element = document.querySelector<HTMLElement>(
          `.react-flow__node[data-id="${CSS.escape(id)}"]`,
        );
        // React Flow hides a node until it is measured; focus takes once it is shown.
        element?.focus({ preventScroll: true });
        if (element && document.activeElement === element) focusOnArrival.current = null;
      });
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [flow]);

  // Removals go through the doc (onDelete), which then removes the elements everywhere; a
  // list of changes that were all removals changes nothing here.
  const onNodesChange = useCallback(
    (changes: NodeChange<MapFlowNode>[]) => {
      flow.setState((state) => {
        const nodes = applyFlowNodeChanges(changes, state.nodes);
        return nodes === state.nodes ? state : { nodes };
      });
    },
    [flow],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<MapFlowEdge>[]) => {
      const kept = changes.filter((c) => c.type !== 'remove');
      if (kept.length > 0)
        flow.setState((state) => ({ edges: applyEdgeChanges(kept, state.edges) }));
    },
    [flow],
  );

  const select = useCallback(
    (wanted: ReadonlySet<string> | 'all') => flow.setState((state) => selectInFlow(state, wanted)),
    [flow],
  );

  return { flow, select, onNodesChange, onEdgesChange, selectOnArrival };
}
