/** What the far view's canvas needs of a node to paint it: where it is, and its size. */
export interface LaidOutNode {
  internals: { positionAbsolute: { x: number; y: number } };
  measured: { width?: number; height?: number };
}

/** A node's box in the flow's coordinates. */
export interface LaidOutBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * What changed since the nodes were last seen: nothing, the order of nodes that were there
 * before (which may put one over another: all of it to paint again), or the boxes to paint
 * again, each where a node was or now is (a node that came, went, moved or was resized).
 */
export type LayoutChange = 'none' | 'reordered' | LaidOutBox[];

interface Entry extends LaidOutBox {
  index: number;
  pass: number;
}

/**
 * The order, places and sizes of the nodes the far view's canvas last painted. React Flow
 * hands out a new list of nodes for a selection too, which changes nothing the canvas paints;
 * a body added, removed or moved changes a box or two, which is all the canvas paints again.
 */
export class PaintedLayout {
  private readonly entries = new Map<string, Entry>();
  private pass = 0;

  /**
   * How the nodes, in this order and as `lookup` places them, differ from what was last seen;
   * remembers them either way. Costs a lookup per node, not a paint.
   */
  update(order: readonly { id: string }[], lookup: ReadonlyMap<string, LaidOutNode>): LayoutChange {
    const pass = ++this.pass;
    const dirty: LaidOutBox[] = [];
    let reordered = false;
    let lastIndex = -1;
    for (let index = 0; index < order.length; index++) {
      const id = (order[index] as { id: string }).id;
      const node = lookup.get(id);
      const x = node?.internals.positionAbsolute.x ?? 0;
      const y = node?.internals.positionAbsolute.y ?? 0;
      // A node missing from the lookup, or not measured, is not painted: no box.
      const w = node ? (node.measured.width ?? 0) : 0;
      const h = node ? (node.measured.height ?? 0) : 0;
      const entry = this.entries.get(id);
      if (!entry) {
        this.entries.set(id, { x, y, w, h, index, pass });
        if (w > 0 && h > 0) dirty.push({ x, y, w, h });
        continue;
      }
      if (entry.index < lastIndex) reordered = true;
      lastIndex = entry.index;
      if (entry.x !== x || entry.y !== y || entry.w !== w || entry.h !== h) {
        if (entry.w > 0 && entry.h > 0)
          dirty.push({ x: entry.x, y: entry.y, w: entry.w, h: entry.h });
        if (w > 0 && h > 0) dirty.push({ x, y, w, h });
        entry.x = x;
        entry.y = y;
        entry.w = w;
        entry.h = h;
      }
      entry.index = index;
      entry.pass = pass;
    }
    // Every node of the list has this pass; any other has gone.
    if (this.entries.size !== order.length) {
      for (const [id, entry] of this.entries) {
        if (entry.pass === pass) continue;
        this.entries.delete(id);
        if (entry.w > 0 && entry.h > 0)
          dirty.push({ x: entry.x, y: entry.y, w: entry.w, h: entry.h });
      }
    }
    if (reordered) return 'reordered';
    return dirty.length > 0 ? dirty : 'none';
  }

  /** The box a node was last seen at, if it had one. */
  boxOf(id: string): LaidOutBox | undefined {
    const entry = this.entries.get(id);
    return entry && entry.w > 0 && entry.h > 0 ? entry : undefined;
  }
}
