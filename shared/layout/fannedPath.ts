import type { Position } from '../ydoc/schema.ts';

/** How far apart, in pixels, relationships between the same two bodies run. */
const LANE_GAP = 46;
/**
 * How far from the middle, as a share of the curve, the outermost labels sit: staggered
 * along the line as well as across it, labels of relationships between two bodies one
 * above the other (labels are wide, lanes only 46 px apart) do not cover each other.
 */
const LABEL_STAGGER = 0.14;

/** A relationship's line: straight, or bowed through `control` (a quadratic curve). */
export interface FannedCurve {
  start: Position;
  end: Position;
  control: Position | null;
  /** Where its label sits. */
  label: Position;
}

/**
 * The line of one of `lanes` relationships between the same two bodies: one alone is a
 * straight line; several bow out to either side so none hides another, and each label sits
 * on its own curve, staggered along it. `forward` says whether this edge runs in the pair's
 * canonical direction, so an edge and its reverse bow to opposite sides.
 */
export function fannedCurve(
  start: Position,
  end: Position,
  lane: number,
  lanes: number,
  forward: boolean,
): FannedCurve {
  const mid = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
  const offset = (lane - (lanes - 1) / 2) * LANE_GAP * (forward ? 1 : -1);
  if (lanes <= 1 || offset === 0) return { start, end, control: null, label: mid };
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  const length = Math.hypot(dx, dy) || 1;
  // The control point sits twice as far out as the curve's middle, which then lies `offset` away.
  const normal = { x: -dy / length, y: dx / length };
  const control = { x: mid.x + normal.x * offset * 2, y: mid.y + normal.y * offset * 2 };
  // The label's place along the curve, measured in the pair's canonical direction so that
  // an edge and its reverse are staggered apart too.
  const spread = (lane - (lanes - 1) / 2) / ((lanes - 1) / 2);
  const t = 0.5 + LABEL_STAGGER * spread * (forward ? 1 : -1);
  const at = (a: number, c: number, b: number) =>
    (1 - t) * (1 - t) * a + 2 * (1 - t) * t * c + t * t * b;
  return {
    start,
    end,
    control,
    label: { x: at(start.x, control.x, end.x), y: at(start.y, control.y, end.y) },
  };
}

/** A curve as an SVG path's `d`. */
export function curvePath({ start, end, control }: FannedCurve): string {
  return control
    ? `M ${start.x},${start.y} Q ${control.x},${control.y} ${end.x},${end.y}`
    : `M ${start.x},${start.y} L ${end.x},${end.y}`;
}

/** {@link fannedCurve} as an SVG path with its label's place: [path, labelX, labelY]. */
export function fannedPath(
  start: Position,
  end: Position,
  lane: number,
  lanes: number,
  forward: boolean,
): [string, number, number] {
  const curve = fannedCurve(start, end, lane, lanes, forward);
  return [curvePath(curve), curve.label.x, curve.label.y];
}
