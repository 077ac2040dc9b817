import type { GovernanceSpec } from '../spec/specSchema.ts';
import { boxesOverlap } from './boxesOverlap.ts';
import { FAR_FOOTPRINT_NAME } from './footprintTitle.ts';
import { UNMEASURED_BODY_SIZE } from './layoutInput.ts';
import type { SpecLayout } from './layoutSpec.ts';
import { type Box, lineBetween, type Point } from './straightLines.ts';

// A test helper: how a laid-out spec looks on the canvas, to measure its clutter. The canvas
// draws each relationship as a straight line between the facing borders of its two bodies
// (lineBetween in straightLines.ts), not along ELK's routes. Whether a line runs through a
// body is decided here by another method than the layout pass's own (segment against each
// side, not clipping), so that a slip there cannot hide itself.

/** A box in absolute coordinates. */
export type Rect = Box;

/** What makes a laid-out map hard to read. */
export interface LayoutClutter {
  /** Relationships whose line runs through a body that is neither of its ends. */
  crossings: { relationship: string; body: string }[];
  /** Pairs of bodies whose cards overlap. */
  overlaps: [string, string][];
  /** Footprints, each with something it holds that its far-view title bar runs into. */
  underTitles: [string, string][];
}

/** Every footprint's and body's box, in absolute coordinates (positions are parent-relative). */
export function absoluteBoxes(spec: GovernanceSpec, layout: SpecLayout): Map<string, Rect> {
  const parentOf = new Map<string, string | undefined>([
    ...spec.footprints.map((footprint) => [footprint.id, footprint.parent] as const),
    ...spec.bodies.map((body) => [body.id, body.footprint] as const),
  ]);
  const boxes = new Map<string, Rect>();
  const boxOf = (id: string): Rect => {
    const known = boxes.get(id);
    if (known) return known;
    const position = layout.positions.get(id) ?? { x: Number.NaN, y: Number.NaN };
    const size = layout.sizes.get(id) ?? {
      w: UNMEASURED_BODY_SIZE.width,
      h: UNMEASURED_BODY_SIZE.height,
    };
    const parent = parentOf.get(id);
    const origin = parent ? boxOf(parent) : { x: 0, y: 0 };
    const box = { x: origin.x + position.x, y: origin.y + position.y, ...size };
    boxes.set(id, box);
    return box;
  };
  for (const id of parentOf.keys()) boxOf(id);
  return boxes;
}

const cross = (o: Point, a: Point, b: Point) =>
  (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/** Whether two segments cross (touching at an end counts). */
function segmentsMeet(p: Point, q: Point, r: Point, s: Point): boolean {
  const d1 = cross(r, s, p);
  const d2 = cross(r, s, q);
  const d3 = cross(p, q, r);
  const d4 = cross(p, q, s);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
    return true;
  }
  const onSegment = (a: Point, b: Point, c: Point) =>
    Math.min(a.x, b.x) <= c.x &&
    c.x <= Math.max(a.x, b.x) &&
    Math.min(a.y, b.y) <= c.y &&
    c.y <= Math.max(a.y, b.y);
  return (
    (d1 === 0 && onSegment(r, s, p)) ||
    (d2 === 0 && onSegment(r, s, q)) ||
    (d3 === 0 && onSegment(p, q, r)) ||
    (d4 === 0 && onSegment(p, q, s))
  );
}

/** Whether the segment enters the rectangle: an end inside it, or crossing one of its sides. */
export function segmentMeetsRect(p: Point, q: Point, rect: Rect): boolean {
  if (rect.w <= 0 || rect.h <= 0) return false;
  const inside = (point: Point) =>
    point.x > rect.x && point.x < rect.x + rect.w && point.y > rect.y && point.y < rect.y + rect.h;
  if (inside(p) || inside(q)) return true;
  const corners = [
    { x: rect.x, y: rect.y },
    { x: rect.x + rect.w, y: rect.y },
    { x: rect.x + rect.w, y: rect.y + rect.h },
    { x: rect.x, y: rect.y + rect.h },
  ];
  return corners.some((corner, i) => segmentsMeet(p, q, corner, corners[(i + 1) % 4] ?? corner));
}

const shrink = (rect: Rect, by: number): Rect => ({
  x: rect.x + by,
  y: rect.y + by,
  w: rect.w - 2 * by,
  h: rect.h - 2 * by,
});

// The far view's footprint title bar (client/styles.css, `.footprint-header`): 8 px of padding
// above and below a name on one line, inside the border, which is 8 px when selected.
const TITLE_PADDING = 8;
const SELECTED_BORDER = 8;

/**
 * A footprint's title bar zoomed out, as the stylesheet sizes it: the name's size is a share of
 * the footprint's inner width (CSS `cqi`), between a least and a most, and the bar spans the
 * footprint. Worked out here from the stylesheet's own figures, not from the layout's margin
 * for it, so that a slip in that margin shows.
 */
export function farTitleBox(footprint: Rect): Rect {
  const { minPx, widthPercent, maxPx, lineHeight } = FAR_FOOTPRINT_NAME;
  const inner = footprint.w - 2 * SELECTED_BORDER;
  const size = Math.min(maxPx, Math.max(minPx, (inner * widthPercent) / 100));
  const h = SELECTED_BORDER + 2 * TITLE_PADDING + size * lineHeight;
  return { x: footprint.x, y: footprint.y, w: footprint.w, h };
}

/** Each footprint with each footprint or body it holds that its far-view title bar runs into. */
export function farTitleClashes(spec: GovernanceSpec, layout: SpecLayout): [string, string][] {
  const boxes = absoluteBoxes(spec, layout);
  const held = [
    ...spec.footprints.map(({ id, parent }) => ({ id, in: parent })),
    ...spec.bodies.map(({ id, footprint }) => ({ id, in: footprint })),
  ];
  const clashes: [string, string][] = [];
  for (const footprint of spec.footprints) {
    const box = boxes.get(footprint.id);
    if (!box) continue;
    const title = farTitleBox(box);
    for (const { id } of held.filter((element) => element.in === footprint.id)) {
      const inner = boxes.get(id);
      if (inner && boxesOverlap(title, inner)) clashes.push([footprint.id, id]);
    }
  }
  return clashes;
}

/**
 * The clutter of a laid-out spec as the canvas draws it. Bodies are shrunk by `tolerance`
 * pixels first, so that a line grazing a card's edge, or cards that only touch, do not count.
 */
export function layoutClutter(
  spec: GovernanceSpec,
  layout: SpecLayout,
  tolerance = 4,
): LayoutClutter {
  const boxes = absoluteBoxes(spec, layout);
  const bodies = spec.bodies.flatMap(({ id }) => {
    const box = boxes.get(id);
    return box ? [{ id, box: shrink(box, tolerance) }] : [];
  });
  const crossings: LayoutClutter['crossings'] = [];
  for (const { id, from, to } of spec.relationships) {
    const a = boxes.get(from);
    const b = boxes.get(to);
    if (!a || !b || from === to) continue;
    const [start, end] = lineBetween(a, b);
    for (const body of bodies) {
      if (body.id === from || body.id === to) continue;
      if (segmentMeetsRect(start, end, body.box))
        crossings.push({ relationship: id, body: body.id });
    }
  }
  const overlapping: [string, string][] = [];
  for (const [i, a] of bodies.entries()) {
    for (const b of bodies.slice(i + 1)) {
      if (boxesOverlap(a.box, b.box)) overlapping.push([a.id, b.id]);
    }
  }
  return { crossings, overlaps: overlapping, underTitles: farTitleClashes(spec, layout) };
}
