import type { Position } from '../../../shared/ydoc/schema.ts';
import { snapStep } from './arrange.ts';

/** How far one arrow key press moves a body, and with Shift held. */
export const NUDGE = { step: 10, big: 50 } as const;

/** A footprint cannot be made smaller than this from the keyboard (as with the mouse). */
export const FOOTPRINT_MIN = { w: 220, h: 140 } as const;

const DIRECTION: Record<string, { dx: number; dy: number }> = {
  ArrowLeft: { dx: -1, dy: 0 },
  ArrowRight: { dx: 1, dy: 0 },
  ArrowUp: { dx: 0, dy: -1 },
  ArrowDown: { dx: 0, dy: 1 },
};

/** The move an arrow key asks for, or null for any other key. */
export function arrowDelta(key: string, big: boolean): { dx: number; dy: number } | null {
  const direction = DIRECTION[key];
  if (!direction) return null;
  const step = big ? NUDGE.big : NUDGE.step;
  return { dx: direction.dx * step, dy: direction.dy * step };
}

/** How many grid lines Shift+arrow passes with snap to grid on (one without Shift). */
export const SNAPPED_BIG_STEP = 2;

/**
 * Where an arrow key takes a node's top-left corner: `delta` on, or with snap to grid on,
 * to the next grid line in that direction (`SNAPPED_BIG_STEP` lines with Shift).
 */
export function arrowMove(
  delta: { dx: number; dy: number },
  big: boolean,
  grid: number | null,
): (from: Position) => Position {
  if (!grid) return (from) => ({ x: from.x + delta.dx, y: from.y + delta.dy });
  const cells = big ? SNAPPED_BIG_STEP : 1;
  return (from) => ({
    x: snapStep(from.x, Math.sign(delta.dx), cells, grid),
    y: snapStep(from.y, Math.sign(delta.dy), cells, grid),
  });
}

/** A footprint's size after Alt+arrow: right and down grow it, left and up shrink it. */
export function resizedBy(
  size: { w: number; h: number },
  delta: { dx: number; dy: number },
): { w: number; h: number } {
  return {
    w: Math.max(FOOTPRINT_MIN.w, size.w + delta.dx),
    h: Math.max(FOOTPRINT_MIN.h, size.h + delta.dy),
  };
}

/**
 * Which element should have focus once `gone` are deleted: the next one in the order they
 * were in, else the one before, else none (the canvas itself).
 */
export function focusAfterDelete(
  order: readonly string[],
  gone: ReadonlySet<string>,
  from: string,
): string | null {
  const at = order.indexOf(from);
  const after = order.slice(at + 1).find((id) => !gone.has(id));
  if (after) return after;
  const before = order
    .slice(0, Math.max(at, 0))
    .reverse()
    .find((id) => !gone.has(id));
  return before ?? null;
}
