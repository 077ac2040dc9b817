import type { NodeRecord, Position } from '../ydoc/schema.ts';

/** A node moved or resized: one change, since the numbers mean nothing to a reader. */
export interface LayoutChange {
  type: 'layout';
  key: 'layout';
  label: 'Moved' | 'Resized' | 'Moved and resized';
}

/** Moves and resizes smaller than this (flow units) are rounding, not edits. */
const LAYOUT_TOLERANCE = 0.5;

/**
 * Whether a node moved or was resized. Positions are relative to the parent: in the same
 * footprint they compare as stored, so moving a footprint does not move what is inside it;
 * across footprints they compare as drawn, so taking a body into a footprint where it
 * stands is not a move.
 */
export function layoutChange(
  old: NodeRecord,
  node: NodeRecord,
  was: ReadonlyMap<string, NodeRecord>,
  now: ReadonlyMap<string, NodeRecord>,
  sameParent: boolean,
): LayoutChange | null {
  const from = sameParent ? old.position : absolutePosition(was, old);
  const to = sameParent ? node.position : absolutePosition(now, node);
  const moved = !near(from.x, to.x) || !near(from.y, to.y);
  const resized =
    (old.size === undefined) !== (node.size === undefined) ||
    (old.size !== undefined &&
      node.size !== undefined &&
      (!near(old.size.w, node.size.w) || !near(old.size.h, node.size.h)));
  if (!moved && !resized) return null;
  return {
    type: 'layout',
    key: 'layout',
    label: moved && resized ? 'Moved and resized' : moved ? 'Moved' : 'Resized',
  };
}

function absolutePosition(nodes: ReadonlyMap<string, NodeRecord>, node: NodeRecord): Position {
  let { x, y } = node.position;
  const seen = new Set([node.id]);
  for (let parentId = node.parentId; parentId && !seen.has(parentId); ) {
    const parent = nodes.get(parentId);
    if (!parent) break;
    seen.add(parentId);
    x += parent.position.x;
    y += parent.position.y;
    parentId = parent.parentId;
  }
  return { x, y };
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) < LAYOUT_TOLERANCE;
}
