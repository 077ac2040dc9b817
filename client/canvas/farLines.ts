import { curvePath, fannedCurve } from '../../shared/layout/fannedPath.ts';
import { type Box, lineBetween } from '../../shared/layout/straightLines.ts';
import type { RelationshipKind } from '../../shared/model/relationshipKinds.ts';
import type { MapFlowEdge } from './toFlow.ts';

/** Every zoomed-out line of one look (kind, proposed or not, dimmed or not), as one path. */
export interface FarLineGroup {
  key: string;
  kind: RelationshipKind;
  proposed: boolean;
  dimmed: boolean;
  /** The lines, each as the relationship draws itself in full (fanned beside its twins). */
  d: string;
}

/** One relationship's far line, as last worked out, and from what. */
export interface FarLine {
  edge: MapFlowEdge;
  from: Box;
  to: Box;
  d: string;
}

function sameBox(a: Box, b: Box): boolean {
  return a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
}

/**
 * What one drawing of the far lines keeps for the next (farLineGroups): each relationship's
 * line, and each group with the lines it was made of.
 */
export class FarLinesKept {
  lines = new Map<string, FarLine>();
  groups = new Map<string, { lines: readonly string[]; group: FarLineGroup }>();
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, i) => line === b[i]);
}

/**
 * Groups relationships drawn zoomed out into one path per look: a whole system's thousands
 * of lines become a dozen shapes, which the page lays out, pans and paints as a dozen.
 * A relationship with a body that has no box yet (not measured, or gone) is left out.
 *
 * With `kept` (the last drawing's, refilled with this one's), a relationship whose bodies'
 * boxes are unchanged keeps its line, and a group whose lines are all as they were is the
 * same group, its path not joined again: selecting a body, which moves its relationships out
 * of the far lines, works out no curve again and rebuilds only the groups they were in.
 */
export function farLineGroups(
  edges: readonly MapFlowEdge[],
  boxOf: (id: string) => Box | undefined,
  kept?: FarLinesKept,
): FarLineGroup[] {
  const before = kept?.lines;
  const lines = new Map<string, FarLine>();
  const looks = new Map<string, Omit<FarLineGroup, 'd'> & { lines: string[] }>();
  for (const edge of edges) {
    if (edge.type !== 'relationship' || !edge.data) continue;
    const from = boxOf(edge.source);
    const to = boxOf(edge.target);
    if (!from || !to) continue;
    const { kind, status, dimmed, lane, lanes } = edge.data;
    const known = before?.get(edge.id);
    let line: FarLine;
    if (known && known.edge === edge && sameBox(known.from, from) && sameBox(known.to, to)) {
      line = known;
    } else {
      const [start, end] = lineBetween(from, to);
      const d = curvePath(fannedCurve(start, end, lane, lanes, edge.source < edge.target));
      line = { edge, from, to, d };
    }
    lines.set(edge.id, line);
    const proposed = status === 'proposed';
    const key = `${kind} ${proposed ? 'proposed' : 'settled'}${dimmed ? ' dimmed' : ''}`;
    let look = looks.get(key);
    if (!look) {
      look = { key, kind, proposed, dimmed, lines: [] };
      looks.set(key, look);
    }
    look.lines.push(line.d);
  }
  const groups = new Map<string, { lines: readonly string[]; group: FarLineGroup }>();
  const drawn: FarLineGroup[] = [];
  for (const { lines: parts, ...look } of looks.values()) {
    const last = kept?.groups.get(look.key);
    const group =
      last && sameLines(last.lines, parts) ? last.group : { ...look, d: parts.join(' ') };
    groups.set(look.key, { lines: parts, group });
    drawn.push(group);
  }
  if (kept) {
    kept.lines = lines;
    kept.groups = groups;
  }
  return drawn;
}

/**
 * Which relationships React Flow draws zoomed out on a big map: those selected and those of a
 * selected body, in full, so selecting a body shows what it is tied to; and any it cannot
 * read (they draw their own mark). The rest are far lines.
 */
export function splitFarEdges(
  edges: readonly MapFlowEdge[],
  selectedNodeIds: ReadonlySet<string>,
): { detailed: MapFlowEdge[]; far: MapFlowEdge[] } {
  const detailed: MapFlowEdge[] = [];
  const far: MapFlowEdge[] = [];
  for (const edge of edges) {
    const full =
      edge.type !== 'relationship' ||
      edge.selected ||
      selectedNodeIds.has(edge.source) ||
      selectedNodeIds.has(edge.target);
    (full ? detailed : far).push(edge);
  }
  return { detailed, far };
}
