import type * as Y from 'yjs';
import { MAX_TITLE_LENGTH } from '../model/limits.ts';
import { mapDoc } from './layout.ts';
import { CURRENT_SCHEMA_VERSION } from './migrations/index.ts';

/** What a new map starts with. */
export interface NewMap {
  title: string;
  description?: string;
  createdAt: string;
}

/** Writes a new map's meta into an empty doc, at the current schema version. */
export function initMap(doc: Y.Doc, map: NewMap, origin: unknown = null): void {
  doc.transact(() => {
    const { meta } = mapDoc(doc);
    meta.set('title', map.title);
    if (map.description) meta.set('description', map.description);
    meta.set('schemaVersion', CURRENT_SCHEMA_VERSION);
    meta.set('createdAt', map.createdAt);
  }, origin);
}

/** The longest title a map may have (one limit everywhere: shared/model/limits.ts). */
export { MAX_TITLE_LENGTH };

/**
 * Renames the map (the owner's: the server puts back anyone else's change). A blank or too
 * long title is refused with a reason and changes nothing.
 */
export function setTitle(
  doc: Y.Doc,
  origin: unknown,
  title: string,
): { ok: true } | { ok: false; reason: string } {
  const trimmed = title.trim();
  if (trimmed === '') return { ok: false, reason: 'A map needs a title.' };
  if (trimmed.length > MAX_TITLE_LENGTH) {
    return { ok: false, reason: `A title can be at most ${MAX_TITLE_LENGTH} characters long.` };
  }
  doc.transact(() => mapDoc(doc).meta.set('title', trimmed), origin);
  return { ok: true };
}
