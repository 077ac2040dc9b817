import { FOOTPRINT_DEFAULT_SIZE } from '../../../shared/model/footprints.ts';
import type { NewNode } from '../../../shared/ydoc/nodes.ts';
import type { Position } from '../../../shared/ydoc/schema.ts';
import { defaultName, type PaletteItem } from '../paletteItem.ts';
import { NEW_BODY_SIZE } from '../placement.ts';

/** The centre of a new palette item placed with its top-left corner here. */
export function newItemCentre(item: PaletteItem, topLeft: Position): Position {
  if (item.type === 'footprint') {
    const size = FOOTPRINT_DEFAULT_SIZE[item.level];
    return { x: topLeft.x + size.w / 2, y: topLeft.y + size.h / 2 };
  }
  return { x: topLeft.x + NEW_BODY_SIZE.width / 2, y: topLeft.y + NEW_BODY_SIZE.height / 2 };
}

/**
 * The node a palette item becomes at `topLeft` (flow coordinates): inside `parent` (the
 * footprint its centre lands in) its position is relative to that footprint.
 */
export function newNodeAt(
  item: PaletteItem,
  topLeft: Position,
  parent: { id: string; x: number; y: number } | null,
): NewNode {
  return {
    kind: item.type === 'body' ? item.kind : 'footprint',
    label: defaultName(item),
    position: parent ? { x: topLeft.x - parent.x, y: topLeft.y - parent.y } : topLeft,
    parentId: parent?.id,
    size: item.type === 'footprint' ? FOOTPRINT_DEFAULT_SIZE[item.level] : undefined,
    attrs: item.type === 'footprint' ? { level: item.level } : undefined,
  };
}
