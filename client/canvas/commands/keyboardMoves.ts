import type { Position } from '../../../shared/ydoc/schema.ts';

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

/**
 * Where the moved nodes go. A node whose parent footprint moves too keeps its place inside
 * it (its position is relative to the parent), as in a drag.
 */
export function nudgedPositions(
  nodes: ReadonlyArray<{ id: string; position: Position; parentId?: string }>,
  ids: ReadonlySet<string>,
  delta: { dx: number; dy: number },
): Array<{ id: string; position: Position }> {
  return nodes
    .filter((node) => ids.has(node.id) && !(node.parentId && ids.has(node.parentId)))
    .map((node) => ({
      id: node.id,
      position: { x: node.position.x + delta.dx, y: node.position.y + delta.dy },
    }));
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
