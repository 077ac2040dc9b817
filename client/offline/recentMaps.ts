import { z } from 'zod';
import type { MapInfo } from '../app/api.ts';
import { recallMapInfo } from './rememberedMapInfo.ts';

const KEY = 'accord:recent-maps';
/** How many maps the home page lists: enough for a facilitator's season of workshops. */
export const MAX_RECENT_MAPS = 30;

// Read back as untrusted: another build may have written it, or a person.
const recentSchema = z.array(
  z.object({ id: z.string().min(1), token: z.string().min(1), openedAt: z.string() }),
);

/** A map this browser opened: what the server last said about it and the link to reopen it. */
export interface RecentMap extends MapInfo {
  /** The map's address with its token, as it was opened. */
  href: string;
  openedAt: string;
}

function read(storage: Storage): z.infer<typeof recentSchema> {
  try {
    const parsed = recentSchema.safeParse(JSON.parse(storage.getItem(KEY) ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

function write(storage: Storage, entries: z.infer<typeof recentSchema>): void {
  try {
    storage.setItem(KEY, JSON.stringify(entries));
  } catch {
    // Storage full or switched off: the list is a convenience, the map still opens.
  }
}

/** The address that opens a map with a link's token. */
export function mapHref(mapId: string, token: string): string {
  return `/m/${encodeURIComponent(mapId)}#token=${encodeURIComponent(token)}`;
}

/**
 * Notes that this browser opened a map with a link, most recent first. The link's token is
 * kept so the map can be opened again from the home page: it is the link the person was
 * given, and "Forget" takes it off this browser.
 */
export function rememberRecentMap(storage: Storage, mapId: string, token: string, now: Date): void {
  const others = read(storage).filter((entry) => !(entry.id === mapId && entry.token === token));
  write(
    storage,
    [{ id: mapId, token, openedAt: now.toISOString() }, ...others].slice(0, MAX_RECENT_MAPS),
  );
}

/** Takes a map's link off this browser's list. */
export function forgetRecentMap(storage: Storage, mapId: string, token: string): void {
  write(
    storage,
    read(storage).filter((entry) => !(entry.id === mapId && entry.token === token)),
  );
}

/**
 * The maps this browser opened, most recent first, with their titles as last seen. A link
 * whose map info was forgotten (revoked, or the map is gone) is left out.
 */
export function recentMaps(storage: Storage): RecentMap[] {
  return read(storage).flatMap((entry) => {
    const info = recallMapInfo(storage, entry.id, entry.token);
    return info
      ? [{ ...info, href: mapHref(entry.id, entry.token), openedAt: entry.openedAt }]
      : [];
  });
}
