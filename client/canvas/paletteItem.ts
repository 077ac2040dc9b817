import { BODY_KIND_INFO, type BodyKind, isBodyKind } from '../../shared/model/bodyKinds.ts';
import { FOOTPRINT_LEVELS, type FootprintLevel } from '../../shared/model/footprints.ts';

/** Something the palette adds: a body of a kind, or a footprint of a level. */
export type PaletteItem =
  | { type: 'body'; kind: BodyKind }
  | { type: 'footprint'; level: FootprintLevel };

/** The drag-and-drop data type that carries a palette item. */
export const PALETTE_MIME = 'application/x-accord-item';

/** Writes a palette item for drag-and-drop. */
export function encodePaletteItem(item: PaletteItem): string {
  return item.type === 'body' ? `body:${item.kind}` : `footprint:${item.level}`;
}

/** Reads a dragged palette item; null for anything else. */
export function decodePaletteItem(data: string): PaletteItem | null {
  const [type, value = ''] = data.split(':');
  if (type === 'body' && isBodyKind(value)) return { type, kind: value };
  if (type === 'footprint' && value in FOOTPRINT_LEVELS) {
    return { type, level: value as FootprintLevel };
  }
  return null;
}

/** The name a new element of this item starts with. */
export function defaultName(item: PaletteItem): string {
  return item.type === 'body'
    ? BODY_KIND_INFO[item.kind].label
    : `${FOOTPRINT_LEVELS[item.level].label} footprint`;
}
