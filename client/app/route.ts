import { isId } from '../../shared/model/ids.ts';

/** Which screen the address asks for. */
export type Route =
  | { kind: 'home' }
  | { kind: 'map'; mapId: string; token: string | null }
  | { kind: 'not-found' };

/** Reads the route from a path and the fragment that carries the token (`#token=T`). */
export function parseRoute(pathname: string, hash: string): Route {
  if (pathname === '/' || pathname === '') return { kind: 'home' };
  const match = /^\/m\/([^/]+)\/?$/.exec(pathname);
  if (!match?.[1] || !isId(match[1])) return { kind: 'not-found' };
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return { kind: 'map', mapId: match[1], token: token && token.length > 0 ? token : null };
}

/** The route this page's address asks for. */
export function routeOfPage(): Route {
  return parseRoute(location.pathname, location.hash);
}

/**
 * The map and the link's token this page's address names, or null (another screen, or a map
 * link without its token): what the page asks for early, before the app runs.
 */
export function mapLinkOfPage(): { mapId: string; token: string } | null {
  const route = routeOfPage();
  return route.kind === 'map' && route.token ? { mapId: route.mapId, token: route.token } : null;
}
