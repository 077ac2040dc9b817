import type { Node } from '@xyflow/react';

/** A rectangle in flow coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

type PlacedNode = Pick<
  Node,
  | 'id'
  | 'position'
  | 'parentId'
  | 'width'
  | 'height'
  | 'initialWidth'
  | 'initialHeight'
  | 'measured'
  | 'hidden'
>;

/**
 * The box around every visible node, in flow coordinates. Nodes inside footprints store
 * positions relative to their parent, so each is resolved up its parent chain; React Flow's
 * own getNodesBounds only does that with its internal node lookup, which lives in the store.
 */
export function mapBounds(nodes: readonly PlacedNode[]): Rect {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const absolute = new Map<string, { x: number; y: number }>();
  const resolve = (node: PlacedNode, seen: Set<string>): { x: number; y: number } => {
    const known = absolute.get(node.id);
    if (known) return known;
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    // A parent loop cannot come from React Flow, but must not hang an export either.
    const origin =
      parent && !seen.has(parent.id) ? resolve(parent, seen.add(node.id)) : { x: 0, y: 0 };
    const at = { x: origin.x + node.position.x, y: origin.y + node.position.y };
    absolute.set(node.id, at);
    return at;
  };
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const node of nodes) {
    if (node.hidden) continue;
    const at = resolve(node, new Set());
    const width = node.measured?.width ?? node.width ?? node.initialWidth ?? 0;
    const height = node.measured?.height ?? node.height ?? node.initialHeight ?? 0;
    left = Math.min(left, at.x);
    top = Math.min(top, at.y);
    right = Math.max(right, at.x + width);
    bottom = Math.max(bottom, at.y + height);
  }
  if (left > right) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: left, y: top, width: right - left, height: bottom - top };
}
