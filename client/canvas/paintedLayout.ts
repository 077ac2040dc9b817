/** What the far view's canvas needs of a node to paint it: where it is, and its size. */
export interface LaidOutNode {
  internals: { positionAbsolute: { x: number; y: number } };
  measured: { width?: number; height?: number };
}

/**
 * The order, places and sizes of the nodes the far view's canvas last painted. React Flow
 * hands out a new list of nodes for a selection too, which changes nothing the canvas paints:
 * asking this first spares a repaint of every name on screen for each click.
 */
export class PaintedLayout {
  private ids: string[] = [];
  private boxes = new Float64Array(0);

  /**
   * Whether the nodes, in this order and as `lookup` places them, differ from what was last
   * seen; remembers them either way. Costs a lookup per node, not a paint.
   */
  changed(order: readonly { id: string }[], lookup: ReadonlyMap<string, LaidOutNode>): boolean {
    let changed = order.length !== this.ids.length;
    if (changed) {
      this.ids = new Array<string>(order.length);
      this.boxes = new Float64Array(order.length * 4);
    }
    const { ids, boxes } = this;
    for (let i = 0; i < order.length; i++) {
      const id = (order[i] as { id: string }).id;
      const node = lookup.get(id);
      const x = node?.internals.positionAbsolute.x ?? Number.NaN;
      const y = node?.internals.positionAbsolute.y ?? Number.NaN;
      const w = node?.measured.width ?? 0;
      const h = node?.measured.height ?? 0;
      const at = i * 4;
      // NaN never equals itself: a node missing from the lookup counts as changed.
      if (
        ids[i] !== id ||
        boxes[at] !== x ||
        boxes[at + 1] !== y ||
        boxes[at + 2] !== w ||
        boxes[at + 3] !== h
      ) {
        changed = true;
        ids[i] = id;
        boxes[at] = x;
        boxes[at + 1] = y;
        boxes[at + 2] = w;
        boxes[at + 3] = h;
      }
    }
    return changed;
  }
}
