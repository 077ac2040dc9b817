import type { Position } from '../../shared/ydoc/schema.ts';

/** A rectangle in flow coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The size a new body is given room for before it has been measured. */
export const NEW_BODY_SIZE = { width: 220, height: 80 };
const GAP = 24;

function overlaps(a: Box, b: Box): boolean {
  return (
    a.x < b.x + b.width + GAP &&
    b.x < a.x + a.width + GAP &&
    a.y < b.y + b.height + GAP &&
    b.y < a.y + a.height + GAP
  );
}

/**
 * The free spot nearest to `centre` for a new body, searching rings of grid cells outwards,
 * so that bodies added one after another never land on top of each other.
 */
export function findFreeSpot(centre: Position, occupied: readonly Box[]): Position {
  const { width, height } = NEW_BODY_SIZE;
  const start = { x: centre.x - width / 2, y: centre.y - height / 2 };
  const stepX = width + GAP;
  const stepY = height + GAP;
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
      const candidate = { x: start.x + cell.x, y: start.y + cell.y, width, height };
      if (!occupied.some((box) => overlaps(candidate, box)))
        return { x: candidate.x, y: candidate.y };
    }
  }
  return start;
}
