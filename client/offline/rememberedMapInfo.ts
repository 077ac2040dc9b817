import { z } from 'zod';
import type { MapInfo } from '../app/api.ts';

const PREFIX = 'accord:map-info:';

// What is kept is read back as untrusted: another build may have written it, or a person.
const mapInfoSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  role: z.enum(['owner', 'editor', 'viewer']),
  createdAt: z.string(),
});

/**
 * A short fingerprint of a token (53-bit cyrb53 hash). It tells one link from another
 * without keeping the token itself in storage that outlives the tab.
 */
export function tokenFingerprint(token: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

// Per map and link: the same browser may hold a map's owner link and its viewer link, and
// each must reopen in its own role.
function keyOf(mapId: string, token: string): string {
  return `${PREFIX}${mapId}:${tokenFingerprint(token)}`;
}

/** Keeps what the server said about a map, so the map can be reopened without the server. */
export function rememberMapInfo(storage: Storage, token: string, info: MapInfo): void {
  const { id, title, role, createdAt } = info;
  try {
    storage.setItem(keyOf(id, token), JSON.stringify({ id, title, role, createdAt }));
  } catch {
    // Storage full or switched off: the map still opens while the server is there.
  }
}

/** What the server last said about a map to this link, or null when nothing (valid) is kept. */
export function recallMapInfo(storage: Storage, mapId: string, token: string): MapInfo | null {
  let text: string | null;
  try {
    text = storage.getItem(keyOf(mapId, token));
  } catch {
    return null;
  }
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = mapInfoSchema.safeParse(value);
  return parsed.success && parsed.data.id === mapId ? parsed.data : null;
}

/** Forgets a link's map info: the link no longer opens the map, so it must not open offline. */
export function forgetMapInfo(storage: Storage, mapId: string, token: string): void {
  try {
    storage.removeItem(keyOf(mapId, token));
  } catch {
    // Nothing kept is nothing to forget.
  }
}
