import type { Position } from '../../shared/ydoc/schema.ts';
import type { Box } from './placement.ts';

/** A footprint's absolute box on the canvas. */
export interface FootprintBox extends Box {
  id: string;
}

/**
 * The innermost footprint that contains `point`, skipping the node itself and anything
 * inside it (a footprint cannot go into its own child). Innermost = smallest area.
 */
export function findFootprintAt(
  point: Position,
  footprints: readonly FootprintBox[],
  excluded: ReadonlySet<string>,
): FootprintBox | null {
  let best: FootprintBox | null = null;
  for (const box of footprints) {
    if (excluded.has(box.id)) continue;
    const inside =
      point.x >= box.x &&
      point.x <= box.x + box.width &&
      point.y >= box.y &&
      point.y <= box.y + box.height;
    if (inside && (!best || box.width * box.height < best.width * best.height)) best = box;
  }
  return best;
}
