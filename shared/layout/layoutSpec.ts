import type { GovernanceSpec } from '../spec/specSchema.ts';
import { footprintSizeForLevel, toLayoutEdges, UNMEASURED_BODY_SIZE } from './layoutInput.ts';
import { type LayoutNode, layoutMap } from './layoutMap.ts';

/** Where a spec's elements go (relative to the parent footprint) and each footprint's size. */
export interface SpecLayout {
  positions: Map<string, { x: number; y: number }>;
  sizes: Map<string, { w: number; h: number }>;
}

/**
 * Lays a spec out with ELK before it is written into a doc: footprints nest as containers,
 * bodies are typical cards (nothing has been drawn yet), relationships are the edges.
 */
export async function layoutSpec(spec: GovernanceSpec): Promise<SpecLayout> {
  const nodes: LayoutNode[] = [
    ...spec.footprints.map((footprint) => {
      // Only an empty footprint keeps this size: one that holds something is sized by ELK.
      const { width, height } = footprintSizeForLevel(footprint.level);
      const node: LayoutNode = { id: footprint.id, kind: 'footprint', width, height };
      if (footprint.parent) node.parentId = footprint.parent;
      return node;
    }),
    ...spec.bodies.map((body) => {
      const node: LayoutNode = { id: body.id, kind: body.kind, ...UNMEASURED_BODY_SIZE };
      if (body.footprint) node.parentId = body.footprint;
      return node;
    }),
  ];
  // Flipped like the canvas's relationships, so an accountable body sits above as it would there.
  const edges = toLayoutEdges(
    spec.relationships.map(({ id, kind, from, to }) => ({ id, kind, source: from, target: to })),
  );
  const layout: SpecLayout = { positions: new Map(), sizes: new Map() };
  for (const { id, position, size } of await layoutMap({ nodes, edges })) {
    layout.positions.set(id, position);
    if (size) layout.sizes.set(id, size);
  }
  return layout;
}
