import type { Position } from '../../shared/ydoc/schema.ts';
import type { Box } from './placement.ts';

/** The centre of a box. */
export function centreOf(box: Box): Position {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Where the line from the centre of `box` towards `toward` leaves the box's border, so a
 * relationship meets each body at its edge on the side facing the other body.
 */
export function borderPoint(box: Box, toward: Position): Position {
  const centre = centreOf(box);
  const dx = toward.x - centre.x;
  const dy = toward.y - centre.y;
  if (dx === 0 && dy === 0) return centre;
  const scale = Math.min(
    dx === 0 ? Number.POSITIVE_INFINITY : box.width / 2 / Math.abs(dx),
    dy === 0 ? Number.POSITIVE_INFINITY : box.height / 2 / Math.abs(dy),
  );
  return { x: centre.x + dx * scale, y: centre.y + dy * scale };
}
