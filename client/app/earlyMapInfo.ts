import { fetchMapInfo, type MapInfo } from './api.ts';
import { mapLinkOfPage } from './route.ts';

/** The question about the map this page's address names, asked as the page's script starts. */
let early: { mapId: string; token: string; answer: Promise<MapInfo> } | null = null;

/**
 * Asks the server about the map this page's address names, with its token, as the page's
 * script starts (client/openEarly.ts), beside the map's early socket: the answer (the title
 * and this link's role, which the map page waits for) then comes before the server builds
 * the map's doc, not after it. The map page takes the answer (`askMapInfo`).
 */
export function askMapInfoEarly(): void {
  if (early || typeof fetch === 'undefined') return;
  const link = mapLinkOfPage();
  if (!link) return;
  const answer = fetchMapInfo(link.mapId, link.token);
  // Whoever takes the answer hears a refusal; until then it is not an unhandled rejection.
  answer.catch(() => {});
  early = { ...link, answer };
}

/**
 * What the server says about a map to this token: the answer to the question asked as the
 * page started if it was about this map and token and nobody has taken it, else a new
 * question. The early answer is taken once; asking again asks the server again.
 */
export function askMapInfo(mapId: string, token: string): Promise<MapInfo> {
  const asked = early;
  early = null;
  if (asked && asked.mapId === mapId && asked.token === token) return asked.answer;
  return fetchMapInfo(mapId, token);
}
