import { useEffect, useMemo, useRef, useState } from 'react';
import { afterPaint } from '../afterPaint.ts';
import { splitFarEdges } from '../farLines.ts';
import type { MapFlowEdge, MapFlowNode } from '../toFlow.ts';
import { unlessSame } from '../unlessSame.ts';

const NONE: MapFlowEdge[] = [];

/** The relationships React Flow draws, and those drawn as far lines beside it. */
export interface FarEdges {
  flowEdges: MapFlowEdge[];
  farEdges: MapFlowEdge[];
}

/** The selected nodes' ids as one string, so moving or measuring a node changes nothing. */
function selectedKeyOf(nodes: readonly MapFlowNode[], simplify: boolean): string {
  if (!simplify) return '';
  let key = '';
  for (const node of nodes) if (node.selected) key = key ? `${key}\n${node.id}` : node.id;
  return key;
}

/**
 * `value`, taken up only once the browser has painted the frame after it changed: what
 * follows from it is worked out in a task of its own, after that paint.
 */
function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterPaint(() => setShown(value));
  }, [shown, value]);
  return shown;
}

/**
 * Zoomed out on a big map (`simplify`), React Flow is given only the relationships drawn in
 * full (farLines.ts): thousands of edges would each be a component checking React Flow's
 * store on every change and every frame of a pan, only to draw a plain line. The rest are
 * drawn by FarRelationships as a few paths. Either list keeps its identity while its
 * relationships do, so a change elsewhere hands React Flow nothing new.
 *
 * A selected body's relationships are drawn in full once the selection itself has painted:
 * a click's frame then hands React Flow the new nodes only, not the relationships too, and
 * the far lines are not worked out again before the body shows it is selected.
 */
export function useFarEdges(
  nodes: readonly MapFlowNode[],
  edges: MapFlowEdge[],
  simplify: boolean,
): FarEdges {
  const selectedKey = useAfterPaint(
    useMemo(() => selectedKeyOf(nodes, simplify), [nodes, simplify]),
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
