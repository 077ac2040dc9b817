import * as Y from 'yjs';
import { newId } from '../../shared/model/ids.ts';
import { initMap } from '../../shared/ydoc/index.ts';
import type { Role } from '../auth/roles.ts';
import { newMapTokens } from '../auth/tokens.ts';
import type { DocStore } from '../store/DocStore.ts';

/** A map's title when none is given. */
export const DEFAULT_TITLE = 'Untitled map';

/** A new map, with the tokens that open it (never stored: the owner can have them made again). */
export interface CreatedMap {
  id: string;
  title: string;
  createdAt: string;
  tokens: Record<Role, string>;
}

/**
 * Creates a map: its row, its tokens' hashes and its first document state. `fill` writes
 * the map's content (e.g. an imported spec) into the new doc before it is stored.
 */
export async function createMap(
  store: DocStore,
  secret: Buffer,
  request: { title?: string; description?: string; fill?: (doc: Y.Doc) => void },
): Promise<CreatedMap> {
  const id = newId();
  const title = request.title?.trim() || DEFAULT_TITLE;
  const createdAt = new Date().toISOString();
  const { tokens, hashes } = newMapTokens(secret, id);
  const doc = new Y.Doc();
  let initialState: Uint8Array;
  try {
    initMap(doc, { title, createdAt, description: request.description });
    request.fill?.(doc);
    initialState = Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
  const generations = { owner: 0, editor: 0, viewer: 0 };
  await store.createMap({ id, title, createdAt, tokenHashes: hashes, generations }, initialState);
  return { id, title, createdAt, tokens };
}
