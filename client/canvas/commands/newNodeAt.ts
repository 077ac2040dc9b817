import { FOOTPRINT_DEFAULT_SIZE } from '../../../shared/model/footprints.ts';
import type { NewNode } from '../../../shared/ydoc/nodes.ts';
import { NOTE_DEFAULT_SIZE } from '../../../shared/ydoc/noteRecord.ts';
import type { NewNote } from '../../../shared/ydoc/notes.ts';
import type { Position } from '../../../shared/ydoc/schema.ts';
import { defaultName, type PaletteItem } from '../paletteItem.ts';
import { NEW_BODY_SIZE } from '../placement.ts';

/** The centre of a new palette item placed with its top-left corner here. */
export function newItemCentre(item: PaletteItem, topLeft: Position): Position {
  if (item.type === 'footprint') {
    const size = FOOTPRINT_DEFAULT_SIZE[item.level];
    return { x: topLeft.x + size.w / 2, y: topLeft.y + size.h / 2 };
  }
  if (item.type === 'note') {
    const size = NOTE_DEFAULT_SIZE[item.kind];
    return { x: topLeft.x + size.w / 2, y: topLeft.y + size.h / 2 };
  }
  return { x: topLeft.x + NEW_BODY_SIZE.width / 2, y: topLeft.y + NEW_BODY_SIZE.height / 2 };
}

/**
 * The node a palette item becomes at `topLeft` (flow coordinates): inside `parent` (the
 * footprint its centre lands in) its position is relative to that footprint.
 */
export function newNodeAt(
  item: Exclude<PaletteItem, { type: 'note' }>,
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

/** The sticky note or free text a palette item becomes at `topLeft`, like newNodeAt. */
export function newNoteAt(
  item: Extract<PaletteItem, { type: 'note' }>,
  topLeft: Position,
  parent: { id: string; x: number; y: number } | null,
): NewNote {
  return {
    kind: item.kind,
    text: defaultName(item),
    position: parent ? { x: topLeft.x - parent.x, y: topLeft.y - parent.y } : topLeft,
    ...(parent ? { parentId: parent.id } : {}),
  };
}
