import { BODY_KIND_INFO, type BodyKind, isBodyKind } from '../../shared/model/bodyKinds.ts';
import { FOOTPRINT_LEVELS, type FootprintLevel } from '../../shared/model/footprints.ts';
import { isNoteKind, type NoteKind } from '../../shared/ydoc/noteRecord.ts';

/** Something the palette adds: a body of a kind, a footprint of a level, a note or text. */
export type PaletteItem =
  | { type: 'body'; kind: BodyKind }
  | { type: 'footprint'; level: FootprintLevel }
  | { type: 'note'; kind: NoteKind };

/** The drag-and-drop data type that carries a palette item. */
export const PALETTE_MIME = 'application/x-accord-item';

/** Writes a palette item for drag-and-drop. */
export function encodePaletteItem(item: PaletteItem): string {
  return item.type === 'footprint' ? `footprint:${item.level}` : `${item.type}:${item.kind}`;
}

/** Reads a dragged palette item; null for anything else. */
export function decodePaletteItem(data: string): PaletteItem | null {
  const [type, value = ''] = data.split(':');
  if (type === 'body' && isBodyKind(value)) return { type, kind: value };
  if (type === 'note' && isNoteKind(value)) return { type, kind: value };
  if (type === 'footprint' && value in FOOTPRINT_LEVELS) {
    return { type, level: value as FootprintLevel };
  }
  return null;
}

/** The name a new element of this item starts with. */
export function defaultName(item: PaletteItem): string {
  switch (item.type) {
    case 'body':
      return BODY_KIND_INFO[item.kind].label;
    case 'footprint':
      return `${FOOTPRINT_LEVELS[item.level].label} footprint`;
    case 'note':
      // A note starts blank and waits for words.
      return '';
    default: {
      const never: never = item;
      return never;
    }
  }
}
