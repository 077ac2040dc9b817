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
 * Groups relationships drawn zoomed out into one path per look: a whole system's thousands
 * of lines become a dozen shapes, which the page lays out, pans and paints as a dozen.
 * A relationship with a body that has no box yet (not measured, or gone) is left out.
 */
export function farLineGroups(
  edges: readonly MapFlowEdge[],
  boxOf: (id: string) => Box | undefined,
  /**
   * The lines worked out last time, by relationship: one whose relationship and bodies'
   * boxes are unchanged is reused, so selecting a body (which moves its relationships out
   * of the far lines) does not work out three thousand curves again. Refilled with this
   * call's lines.
   */
  lines?: Map<string, FarLine>,
): FarLineGroup[] {
  const before = lines ? new Map(lines) : undefined;
  lines?.clear();
  const groups = new Map<string, FarLineGroup & { lines: string[] }>();
  for (const edge of edges) {
    if (edge.type !== 'relationship' || !edge.data) continue;
    const from = boxOf(edge.source);
    const to = boxOf(edge.target);
    if (!from || !to) continue;
    const { kind, status, dimmed, lane, lanes } = edge.data;
    const known = before?.get(edge.id);
    let line: string;
    if (known && known.edge === edge && sameBox(known.from, from) && sameBox(known.to, to)) {
      line = known.d;
    } else {
      const [start, end] = lineBetween(from, to);
      line = curvePath(fannedCurve(start, end, lane, lanes, edge.source < edge.target));
    }
    lines?.set(edge.id, { edge, from, to, d: line });
    const proposed = status === 'proposed';
    const key = `${kind} ${proposed ? 'proposed' : 'settled'}${dimmed ? ' dimmed' : ''}`;
    const group = groups.get(key) ?? { key, kind, proposed, dimmed, d: '', lines: [] };
    group.lines.push(line);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ lines, ...group }) => ({ ...group, d: lines.join(' ') }));
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
