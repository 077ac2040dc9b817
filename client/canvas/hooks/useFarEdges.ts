import { useMemo, useRef } from 'react';
import { splitFarEdges } from '../farLines.ts';
import type { MapFlowEdge, MapFlowNode } from '../toFlow.ts';
import { unlessSame } from '../unlessSame.ts';

const NONE: MapFlowEdge[] = [];

/** The relationships React Flow draws, and those drawn as far lines beside it. */
export interface FarEdges {
  flowEdges: MapFlowEdge[];
  farEdges: MapFlowEdge[];
}

/**
 * Zoomed out on a big map (`simplify`), React Flow is given only the relationships drawn in
 * full (farLines.ts): thousands of edges would each be a component checking React Flow's
 * store on every change and every frame of a pan, only to draw a plain line. The rest are
 * drawn by FarRelationships as a few paths. Either list keeps its identity while its
 * relationships do, so a change elsewhere hands React Flow nothing new.
 */
export function useFarEdges(
  nodes: readonly MapFlowNode[],
  edges: MapFlowEdge[],
  simplify: boolean,
): FarEdges {
  // As a string, so moving or measuring a node does not split the relationships again.
  const selectedKey = useMemo(
    () =>
      simplify
        ? nodes
            .filter((node) => node.selected)
            .map((node) => node.id)
            .join('\n')
        : '',
    [nodes, simplify],
  );
  const last = useRef<FarEdges>({ flowEdges: NONE, farEdges: NONE });
  return useMemo(() => {
    if (!simplify) return { flowEdges: edges, farEdges: NONE };
    const selected = new Set(selectedKey ? selectedKey.split('\n') : []);
    const { detailed, far } = splitFarEdges(edges, selected);
    last.current = {
      flowEdges: unlessSame(last.current.flowEdges, detailed),
      farEdges: unlessSame(last.current.farEdges, far),
    };
    return last.current;
  }, [edges, selectedKey, simplify]);
}
