import type * as Y from 'yjs';
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

/** Renames the map. */
export function setTitle(doc: Y.Doc, origin: unknown, title: string): void {
  doc.transact(() => mapDoc(doc).meta.set('title', title.trim()), origin);
}
