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
    for (let dy = -ring; dy <= ring; dy++) {
      for (let dx = -ring; dx <= ring; dx++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        const candidate = { x: start.x + dx * stepX, y: start.y + dy * stepY, width, height };
        if (!occupied.some((box) => overlaps(candidate, box))) {
          return { x: candidate.x, y: candidate.y };
        }
      }
    }
  }
  return start;
}
