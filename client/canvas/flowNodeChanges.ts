import { applyNodeChanges, type NodeChange, type NodeDimensionChange } from '@xyflow/react';
import type { MapFlowNode } from './toFlow.ts';

type MeasureChange = NodeDimensionChange & { dimensions: { width: number; height: number } };

/** A node's size as React Flow measured it on the page (not a resize by the person). */
function isMeasure(change: NodeChange<MapFlowNode>): change is MeasureChange {
  return (
    change.type === 'dimensions' &&
    change.dimensions !== undefined &&
    change.resizing === undefined &&
    change.setAttributes === undefined
  );
}

/**
 * Records the sizes React Flow measured on the nodes themselves, in a new list of the same
 * nodes. React Flow holds the size already (it measured it): a new node object for each
 * would make it take every node in again and draw every node's wrapper a second time, all
 * 2,000 of a whole system as it opens. The size is kept on the node so
 * that a node handed on later (moved, selected) arrives measured and is not hidden to be
 * measured again. The new list tells what follows React Flow's nodes (the far lines, the
 * far view's canvas, the minimap) that sizes are known.
 */
function keepMeasures(nodes: MapFlowNode[], measures: readonly MeasureChange[]): MapFlowNode[] {
  const byId = new Map(measures.map((change) => [change.id, change.dimensions]));
  for (const node of nodes) {
    const size = byId.get(node.id);
    if (size) node.measured = { width: size.width, height: size.height };
  }
  return [...nodes];
}

/**
 * React Flow's changes to the nodes it was given, as the canvas takes them: removals go through
 * the doc (which then removes the elements everywhere) and are left out here; sizes React Flow
 * measured are kept on the same nodes (keepMeasures); the rest (a move, a selection, a resize
 * by the person) as React Flow's own applyNodeChanges makes them. The list given back is the
 * one given when nothing changed.
 */
export function applyFlowNodeChanges(
  changes: readonly NodeChange<MapFlowNode>[],
  nodes: MapFlowNode[],
): MapFlowNode[] {
  const measures = changes.filter(isMeasure);
  const rest = changes.filter((change) => change.type !== 'remove' && !isMeasure(change));
  let next = measures.length > 0 ? keepMeasures(nodes, measures) : nodes;
  if (rest.length > 0) next = applyNodeChanges(rest, next);
  return next;
}
