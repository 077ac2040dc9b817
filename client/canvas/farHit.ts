/** What hit-testing the painted blocks needs of a node. */
export interface HitNode {
  id: string;
  type?: string;
  hidden?: boolean;
  internals: { positionAbsolute: { x: number; y: number } };
  measured: { width?: number; height?: number };
}

/**
 * The body whose painted block is under `point` (flow coordinates): the last in `order` (React
 * Flow's order, in which the canvas paints them, later over earlier), or null where there is
 * none. Asked only of an event that reached no body's card (`mayHitBlock`), so a body found
 * here has no card in the page yet: hidden, or given its card a moment ago and not yet drawn.
 */
export function paintedBodyAt(
  order: readonly { id: string }[],
  lookup: ReadonlyMap<string, HitNode>,
  point: { x: number; y: number },
): string | null {
  for (let index = order.length - 1; index >= 0; index--) {
    const node = lookup.get((order[index] as { id: string }).id);
    if (node?.type !== 'body') continue;
    const { x, y } = node.internals.positionAbsolute;
    const w = node.measured.width ?? 0;
    const h = node.measured.height ?? 0;
    if (point.x >= x && point.x <= x + w && point.y >= y && point.y <= y + h) return node.id;
  }
  return null;
}

/**
 * Whether a pointer event on `target` may be meant for a block painted over it: the pane, a
 * footprint or a relationship (the blocks are painted over all three), not a body's or a
 * note's card, a handle, or a control.
 */
export function mayHitBlock(target: Element): boolean {
  if (!target.closest('.react-flow__renderer')) return false;
  return !target.closest(
    '.react-flow__node-body, .react-flow__node-note, .react-flow__nodesselection, .react-flow__handle, button, input, textarea, select, a, [contenteditable]',
  );
}
