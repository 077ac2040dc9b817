import { footprintTitleSpace } from '../../shared/layout/footprintTitle.ts';
import type { Position } from '../../shared/ydoc/schema.ts';
import { BODY_WIDTH, SPACE } from '../theme/tokens.ts';

/** A rectangle in flow coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The size a new body is given room for before it has been measured. */
export const NEW_BODY_SIZE = { width: BODY_WIDTH, height: 80 };
/**
 * Whether a new body at `spot` (the flow's coordinates) shows well inside the canvas on
 * screen (`canvas`, in screen pixels), a fifth of its shorter side clear of every edge: the
 * view is otherwise moved to it. `origin` is where the flow's point (0, 0) is on screen, read
 * before the body is added, so nothing has the browser lay the map out again to place it.
 */
export function shownWellInside(
  spot: Position,
  origin: Position,
  zoom: number,
  canvas: { left: number; top: number; right: number; bottom: number },
): boolean {
  const x = origin.x + spot.x * zoom;
  const y = origin.y + spot.y * zoom;
  const inset = Math.min(canvas.right - canvas.left, canvas.bottom - canvas.top) * 0.2;
  return (
    x >= canvas.left + inset &&
    y >= canvas.top + inset &&
    x + NEW_BODY_SIZE.width * zoom <= canvas.right - inset &&
    y + NEW_BODY_SIZE.height * zoom <= canvas.bottom - inset
  );
}

/** The least room between two bodies placed side by side. */
const GAP = SPACE[8];

function overlaps(a: Box, b: Box): boolean {
  return (
    a.x < b.x + b.width + GAP &&
    b.x < a.x + a.width + GAP &&
    a.y < b.y + b.height + GAP &&
    b.y < a.y + a.height + GAP
  );
}

/**
 * Spots just outside everything occupied, one beside each side of their bounds, level with
 * `start` where the bounds allow; the nearest to `start` first.
 */
function besideEverything(start: Position, occupied: readonly Box[]): Position[] {
  if (occupied.length === 0) return [];
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const box of occupied) {
    left = Math.min(left, box.x);
    top = Math.min(top, box.y);
    right = Math.max(right, box.x + box.width);
    bottom = Math.max(bottom, box.y + box.height);
  }
  const { width, height } = NEW_BODY_SIZE;
  const x = clamp(start.x, left, right - width);
  const y = clamp(start.y, top, bottom - height);
  const distance = (spot: Position) => Math.hypot(spot.x - start.x, spot.y - start.y);
  return [
    { x: right + GAP, y },
    { x, y: bottom + GAP },
    { x: left - GAP - width, y },
    { x, y: top - GAP - height },
  ].sort((a, b) => distance(a) - distance(b));
}

/**
 * The free spot nearest to `centre` for a new body, searching rings of grid cells outwards,
 * so that bodies added one after another never land on top of each other; where the rings
 * find none (the middle of a crowded whole system), the nearest spot beside everything.
 * `settle` moves a candidate where it would really go (out of a footprint's edge,
 * settleAcrossEdges): the spot must be free there.
 */
export function findFreeSpot(
  centre: Position,
  occupied: readonly Box[],
  settle: (box: Box) => Position = ({ x, y }) => ({ x, y }),
): Position {
  const { width, height } = NEW_BODY_SIZE;
  const start = { x: centre.x - width / 2, y: centre.y - height / 2 };
  const stepX = width + GAP;
  const stepY = height + GAP;
  // Where a body put at `at` really goes (settled), if it is free there.
  const freeAt = (at: Position): Position | undefined => {
    const settled = settle({ ...at, width, height });
    const candidate = { x: settled.x, y: settled.y, width, height };
    return occupied.some((box) => overlaps(candidate, box))
      ? undefined
      : { x: settled.x, y: settled.y };
  };
  for (let ring = 0; ring <= 12; ring++) {
    const cells: Array<{ x: number; y: number; distance: number }> = [];
    for (let dy = -ring; dy <= ring; dy++) {
      for (let dx = -ring; dx <= ring; dx++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        cells.push({ x: dx * stepX, y: dy * stepY, distance: Math.hypot(dx * stepX, dy * stepY) });
      }
    }
    // Nearest first; on a tie, right before left and below before above (reading order).
    cells.sort((a, b) => a.distance - b.distance || b.x - a.x || b.y - a.y);
    for (const cell of cells) {
      const spot = freeAt({ x: start.x + cell.x, y: start.y + cell.y });
      if (spot) return spot;
    }
  }
  for (const beside of besideEverything(start, occupied)) {
    const spot = freeAt(beside);
    if (spot) return spot;
  }
  return start;
}

/** The room kept inside a footprint's border around what it holds; more at the top, for its title. */
export const FOOTPRINT_PADDING = { side: SPACE[8], top: 56 } as const;

/**
 * The room kept above what a footprint this wide holds: its title bar, whose name grows with
 * the width zoomed out (shared/layout/footprintTitle.ts), as the layout keeps it.
 */
export function footprintTopRoom(width: number): number {
  return Math.max(FOOTPRINT_PADDING.top, footprintTitleSpace(width));
}

function contains(outer: Box, point: Position): boolean {
  return (
    point.x >= outer.x &&
    point.x <= outer.x + outer.width &&
    point.y >= outer.y &&
    point.y <= outer.y + outer.height
  );
}

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

/**
 * Where a new body goes so it never straddles a footprint's edge: inside the footprint its
 * centre falls in, moved in until wholly inside, and out of any other footprint it only
 * overlaps, by the shortest way out.
 */
export function settleAcrossEdges(body: Box, footprints: readonly Box[]): Position {
  const centre = { x: body.x + body.width / 2, y: body.y + body.height / 2 };
  const holding = footprints
    .filter((box) => contains(box, centre))
    .sort((a, b) => a.width * a.height - b.width * b.height)[0];
  const { side } = FOOTPRINT_PADDING;
  let at = { x: body.x, y: body.y };
  if (holding) {
    const top = footprintTopRoom(holding.width);
    at = {
      x: clamp(at.x, holding.x + side, holding.x + holding.width - body.width - side),
      y: clamp(at.y, holding.y + top, holding.y + holding.height - body.height - side),
    };
  }
  // Footprints the body's centre is not in, but that it overlaps: step out of each in turn.
  for (const box of footprints) {
    const placed = { ...body, ...at };
    if (box === holding || contains(box, centre) || !intersects(placed, box)) continue;
    const ways = [
      { x: box.x - body.width - GAP, y: at.y },
      { x: box.x + box.width + GAP, y: at.y },
      { x: at.x, y: box.y - body.height - GAP },
      { x: at.x, y: box.y + box.height + GAP },
    ];
    const distance = (p: Position) => Math.abs(p.x - at.x) + Math.abs(p.y - at.y);
    at = ways.sort((a, b) => distance(a) - distance(b))[0] ?? at;
  }
  return at;
}

/**
 * A new footprint drawn over bodies takes them in rather than landing on them: every one of
 * `neighbours` (the elements beside it, in the same footprint or on the canvas) that it
 * overlaps becomes its child, and it grows to hold each with room to spare. Returns its box
 * and the ids it takes in.
 */
export function takeIn(
  footprint: Box,
  neighbours: ReadonlyArray<Box & { id: string }>,
): { box: Box; taken: string[] } {
  const { side } = FOOTPRINT_PADDING;
  let box = { ...footprint };
  const taken = new Set<string>();
  let highest = Number.POSITIVE_INFINITY;
  for (let grew = true; grew; ) {
    grew = false;
    for (const neighbour of neighbours) {
      if (taken.has(neighbour.id) || !intersects(box, neighbour)) continue;
      taken.add(neighbour.id);
      grew = true;
      highest = Math.min(highest, neighbour.y);
      const left = Math.min(box.x, neighbour.x - side);
      const right = Math.max(box.x + box.width, neighbour.x + neighbour.width + side);
      // The title's room depends on the width, which taking in a body may have grown.
      const upper = Math.min(box.y, highest - footprintTopRoom(right - left));
      const lower = Math.max(box.y + box.height, neighbour.y + neighbour.height + side);
      box = { x: left, y: upper, width: right - left, height: lower - upper };
    }
  }
  return { box, taken: [...taken] };
}
