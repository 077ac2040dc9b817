/** A node as the minimap needs it: where it is on the canvas and how big. */
export interface MiniMapNode {
  hidden?: boolean;
  width?: number;
  height?: number;
  measured: { width?: number; height?: number };
  internals: { positionAbsolute: { x: number; y: number } };
}

/** The minimap's nodes of one colour, as one path. */
export interface MiniMapShape {
  color: string;
  d: string;
}

/** The nodes of a map drawn in its minimap, and the box around them all (null for none). */
export interface MiniMapShapes {
  shapes: MiniMapShape[];
  bounds: { x: number; y: number; width: number; height: number } | null;
}

/**
 * A whole map's minimap as one path per colour: two thousand bodies are a dozen shapes for
 * the page to hold and paint, not two thousand rectangles each following React Flow's store.
 * Nodes not yet measured (nor sized) are left out, as React Flow's own minimap leaves them;
 * hidden nodes are drawn, unlike in React Flow's: they are the bodies the zoomed-out view
 * paints without a card (farCardless.ts), and nothing else is hidden.
 */
export function miniMapShapes<N extends MiniMapNode>(
  nodes: Iterable<N>,
  colorOf: (node: N) => string,
): MiniMapShapes {
  const byColor = new Map<string, string[]>();
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const node of nodes) {
    const width = node.measured.width ?? node.width;
    const height = node.measured.height ?? node.height;
    if (!width || !height) continue;
    const { x, y } = node.internals.positionAbsolute;
    const color = colorOf(node);
    const parts = byColor.get(color) ?? [];
    parts.push(`M${x},${y}h${width}v${height}h${-width}z`);
    byColor.set(color, parts);
    left = Math.min(left, x);
    top = Math.min(top, y);
    right = Math.max(right, x + width);
    bottom = Math.max(bottom, y + height);
  }
  return {
    shapes: [...byColor].map(([color, parts]) => ({ color, d: parts.join('') })),
    bounds:
      byColor.size > 0 ? { x: left, y: top, width: right - left, height: bottom - top } : null,
  };
}

function drawnWidth(node: MiniMapNode): number | undefined {
  return node.measured.width ?? node.width;
}

function drawnHeight(node: MiniMapNode): number | undefined {
  return node.measured.height ?? node.height;
}

/** Whether the minimap draws this node: measured, or sized. */
function isDrawn(node: MiniMapNode): boolean {
  return !!drawnWidth(node) && !!drawnHeight(node);
}

/**
 * miniMapShapes that hands back the shapes it made last time while the nodes it draws are
 * where they were, of the same size and colour: React Flow hands a new list of nodes for a
 * selection, and for a body just added (not drawn until measured), and the strings of two
 * thousand rectangles are then not built again. React Flow keeps a node's object while
 * nothing of it changed, so most nodes are passed by identity alone.
 */
export function keptMiniMapShapes<N extends MiniMapNode>(
  colorOf: (node: N) => string,
): (nodes: Iterable<N>) => MiniMapShapes {
  let last: { drawn: N[]; shapes: MiniMapShapes } | null = null;
  const same = (a: N, b: N | undefined) => {
    if (a === b) return true;
    if (!b) return false;
    return (
      a.internals.positionAbsolute.x === b.internals.positionAbsolute.x &&
      a.internals.positionAbsolute.y === b.internals.positionAbsolute.y &&
      drawnWidth(a) === drawnWidth(b) &&
      drawnHeight(a) === drawnHeight(b) &&
      colorOf(a) === colorOf(b)
    );
  };
  return (nodes) => {
    const drawn: N[] = [];
    for (const node of nodes) if (isDrawn(node)) drawn.push(node);
    const before = last?.drawn;
    if (
      last &&
      before?.length === drawn.length &&
      drawn.every((node, i) => same(node, before[i]))
    ) {
      last.drawn = drawn;
      return last.shapes;
    }
    last = { drawn, shapes: miniMapShapes(drawn, colorOf) };
    return last.shapes;
  };
}
