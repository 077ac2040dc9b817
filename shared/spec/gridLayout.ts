import type { GovernanceSpec } from './specSchema.ts';

/** A point, relative to the node's parent as React Flow expects. */
export interface Point {
  x: number;
  y: number;
}

/** A width and height in flow units. */
export interface Size {
  w: number;
  h: number;
}

/** Where every footprint and body of a spec goes, and how big each footprint is. */
export interface GridLayout {
  positions: Map<string, Point>;
  sizes: Map<string, Size>;
}

const BODY: Size = { w: 220, h: 90 };
const GAP = 40;
const PAD = { top: 56, side: 32, bottom: 32 };
const MIN_FOOTPRINT: Size = { w: 380, h: 260 };

/**
 * A plain grid: each footprint holds its inner footprints, then its bodies, in rows, and is
 * sized to fit them. Only specToDoc's fallback for what it is given no place for: imports lay
 * the spec out with ELK first (shared/layout/layoutSpec.ts), which needs an await.
 */
export function gridLayout(spec: GovernanceSpec): GridLayout {
  const children = new Map<string, string[]>();
  const push = (parent: string, id: string) => {
    const list = children.get(parent) ?? [];
    list.push(id);
    children.set(parent, list);
  };
  const footprintIds = new Set(spec.footprints.map((f) => f.id));
  for (const f of spec.footprints)
    push(f.parent && footprintIds.has(f.parent) ? f.parent : '', f.id);
  for (const b of spec.bodies)
    push(b.footprint && footprintIds.has(b.footprint) ? b.footprint : '', b.id);

  const layout: GridLayout = { positions: new Map(), sizes: new Map() };
  const placing = new Set<string>();

  /** Lays out a container's children and returns the size they take, padding included. */
  function place(container: string, padded: boolean): Size {
    placing.add(container);
    const ids = children.get(container) ?? [];
    const sizes = ids.map((id) => {
      if (!footprintIds.has(id)) return BODY;
      if (placing.has(id)) return MIN_FOOTPRINT;
      const inner = place(id, true);
      const size = { w: Math.max(inner.w, MIN_FOOTPRINT.w), h: Math.max(inner.h, MIN_FOOTPRINT.h) };
      layout.sizes.set(id, size);
      return size;
    });
    const columns = Math.max(1, Math.ceil(Math.sqrt(ids.length)));
    const left = padded ? PAD.side : 0;
    let x = left;
    let y = padded ? PAD.top : 0;
    let rowHeight = 0;
    let width = 0;
    ids.forEach((id, index) => {
      const size = sizes[index] ?? BODY;
      if (index > 0 && index % columns === 0) {
        x = left;
        y += rowHeight + GAP;
        rowHeight = 0;
      }
      layout.positions.set(id, { x, y });
      x += size.w + GAP;
      width = Math.max(width, x - GAP);
      rowHeight = Math.max(rowHeight, size.h);
    });
    return {
      w: width + (padded ? PAD.side : 0),
      h: y + rowHeight + (padded ? PAD.bottom : 0),
    };
  }

  place('', false);
  return layout;
}
