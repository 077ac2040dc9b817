import { FOOTPRINT_DEFAULT_SIZE, FOOTPRINT_LEVELS } from '../model/footprints.ts';
import type { RelationshipKind } from '../model/relationshipKinds.ts';
import type { EdgeRecord, NodeRecord } from '../ydoc/schema.ts';
import type { LayoutEdge, LayoutNode } from './layoutMap.ts';

/** The size a body is laid out at before React Flow has measured it (e.g. filtered out). */
// As large as a body card grows (250 wide; name, governance and facts on up to 4 lines), so a
// layout made before the cards are drawn, e.g. on import, never overlaps them.
export const UNMEASURED_BODY_SIZE = { width: 250, height: 100 };

/**
 * Relationships drawn from the junior body to the senior one. They are laid out reversed, so
 * the body held to account (or the partnership its members belong to) sits above, as on an
 * organisation chart; the edges on the canvas keep their direction.
 */
export const LAID_OUT_UPWARDS: ReadonlySet<RelationshipKind> = new Set([
  'accountable-to',
  'member-of',
]);

/**
 * The sizes a canvas node is drawn at, as React Flow's `Node` carries them (structurally,
 * so that shared/ need not import React Flow).
 */
export interface DrawnNode {
  id: string;
  width?: number | undefined;
  height?: number | undefined;
  measured?: { width?: number | undefined; height?: number | undefined } | undefined;
}

/** A new footprint's size at a level (`attrs.level`, a spec's `level`); unknown: a place's. */
export function footprintSizeForLevel(level: unknown): { width: number; height: number } {
  const size =
    typeof level === 'string' && level in FOOTPRINT_LEVELS
      ? FOOTPRINT_DEFAULT_SIZE[level as keyof typeof FOOTPRINT_LEVELS]
      : FOOTPRINT_DEFAULT_SIZE.place;
  return { width: size.w, height: size.h };
}

function storedFootprintSize(record: NodeRecord): { width: number; height: number } {
  if (record.size) return { width: record.size.w, height: record.size.h };
  return footprintSizeForLevel(record.attrs.level);
}

/**
 * The doc's nodes with the sizes they are drawn at: React Flow's measured size first, then
 * the size it was given, then the stored size (footprints) or a typical body card.
 */
export function toLayoutNodes(
  records: readonly NodeRecord[],
  flowNodes: readonly DrawnNode[],
): LayoutNode[] {
  const drawn = new Map(flowNodes.map((node) => [node.id, node]));
  return records.map((record) => {
    const flow = drawn.get(record.id);
    const fallback =
      record.kind === 'footprint' ? storedFootprintSize(record) : UNMEASURED_BODY_SIZE;
    const node: LayoutNode = {
      id: record.id,
      kind: record.kind,
      width: flow?.measured?.width ?? flow?.width ?? fallback.width,
      height: flow?.measured?.height ?? flow?.height ?? fallback.height,
      position: record.position,
    };
    if (record.parentId) node.parentId = record.parentId;
    return node;
  });
}

/** The doc's relationships as the layout reads them: senior bodies first. */
export function toLayoutEdges(
  records: ReadonlyArray<Pick<EdgeRecord, 'id' | 'kind' | 'source' | 'target'>>,
): LayoutEdge[] {
  return records.map(({ id, kind, source, target }) =>
    LAID_OUT_UPWARDS.has(kind) ? { id, source: target, target: source } : { id, source, target },
  );
}
