import type { IncomingMessage } from 'node:http';
import type { Role } from '../auth/roles.ts';

// A Host header is whatever the client sent; only a plain host[:port] is echoed into links.
const HOST_PATTERN = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** The host to put in links: the request's Host header when sane, else our own address. */
export function linkHost(req: IncomingMessage, fallback: string): string {
  const host = req.headers.host;
  return typeof host === 'string' && HOST_PATTERN.test(host) ? host : fallback;
}

/** A map's link for one role. The token rides in the fragment, so it never reaches logs. */
export function mapLink(host: string, mapId: string, token: string): string {
  return `http://${host}/m/${mapId}#token=${token}`;
}

/** The links of every role. */
export function mapLinks(host: string, mapId: string, tokens: Record<Role, string>) {
  return {
    owner: mapLink(host, mapId, tokens.owner),
    editor: mapLink(host, mapId, tokens.editor),
    viewer: mapLink(host, mapId, tokens.viewer),
  };
}
