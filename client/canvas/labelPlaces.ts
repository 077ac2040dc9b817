import type { InternalNode, ReactFlowState } from '@xyflow/react';
import { type LabelledLine, placeLabels } from '../../shared/layout/edgeLabelPlacement.ts';
import { fannedCurve } from '../../shared/layout/fannedPath.ts';
import { lineBetween } from '../../shared/layout/straightLines.ts';
import type { Position } from '../../shared/ydoc/schema.ts';
import { internalBox } from './internalBox.ts';
import type { MapFlowEdge, MapFlowNode } from './toFlow.ts';

/** What of React Flow's state the relationships' labels are placed from. */
export type LabelState = Pick<ReactFlowState<MapFlowNode, MapFlowEdge>, 'edges' | 'nodeLookup'>;

/** The label places last worked out: for these relationships, between these bodies. */
interface Placed {
  edges: unknown;
  /** Each body at an end, as React Flow held it when the places were worked out. */
  ends: Map<string, InternalNode | undefined>;
  places: Map<string, Position>;
}

/**
 * Whether every body at an end of the placed relationships is as it was. React Flow keeps a
 * node's internal object while nothing of it changed, so a new list of nodes for a body
 * selected or added elsewhere passes by identity alone.
 */
function endsKept(ends: Placed['ends'], state: LabelState): boolean {
  for (const [id, node] of ends) {
    const now = state.nodeLookup.get(id);
    if (now === node) continue;
    if (!node || !now) return false;
    const was = internalBox(node);
    const box = internalBox(now);
    if (was.x !== box.x || was.y !== box.y || was.w !== box.w || was.h !== box.h) return false;
  }
  return true;
}

/**
 * The places of all relationships' labels (shared/layout/edgeLabelPlacement.ts), kept while
 * the relationships are the same list and the bodies at their ends where they were: worked
 * out again when a relationship changes or such a body moves or is resized, not on a pan or
 * a zoom, nor when another body is selected, added or removed. Each edge reads its own.
 */
export function createLabelPlaces(): (state: LabelState) => Map<string, Position> {
  let placed: Placed | null = null;
  return (state) => {
    if (placed?.edges === state.edges && endsKept(placed.ends, state)) return placed.places;
    const lines: LabelledLine[] = [];
    const ends: Placed['ends'] = new Map();
    for (const edge of state.edges) {
      const from = state.nodeLookup.get(edge.source);
      const to = state.nodeLookup.get(edge.target);
      ends.set(edge.source, from);
      ends.set(edge.target, to);
      if (!from || !to || !edge.data || edge.hidden || typeof edge.label !== 'string') continue;
      // Only relationships carry lanes; an unreadable one draws its own mark (InvalidEdge).
      if (!('lane' in edge.data)) continue;
      const [start, end] = lineBetween(internalBox(from), internalBox(to));
      const { lane, lanes } = edge.data;
      // Relationships between the same two bodies already have their labels staggered apart.
      const fixed =
        lanes > 1
          ? fannedCurve(start, end, lane, lanes, edge.source < edge.target).label
          : undefined;
      lines.push({ id: edge.id, start, end, fixed, label: edge.label });
    }
    placed = { edges: state.edges, ends, places: placeLabels(lines) };
    return placed.places;
  };
}
