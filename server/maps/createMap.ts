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
  request: {
    title?: string;
    description?: string;
    fill?: (doc: Y.Doc) => void;
    /** The whole first state, built elsewhere (a worker) with this title and `createdAt`. */
    built?: { state: Uint8Array; createdAt: string };
  },
): Promise<CreatedMap> {
  const id = newId();
  const title = request.title?.trim() || DEFAULT_TITLE;
  const createdAt = request.built?.createdAt ?? new Date().toISOString();
  const { tokens, hashes } = newMapTokens(secret, id);
  const initialState =
    request.built?.state ?? firstState(title, createdAt, request.description, request.fill);
  const generations = { owner: 0, editor: 0, viewer: 0 };
  await store.createMap({ id, title, createdAt, tokenHashes: hashes, generations }, initialState);
  return { id, title, createdAt, tokens };
}

function firstState(
  title: string,
  createdAt: string,
  description: string | undefined,
  fill: ((doc: Y.Doc) => void) | undefined,
): Uint8Array {
  const doc = new Y.Doc();
  try {
    initMap(doc, { title, createdAt, description });
    fill?.(doc);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
