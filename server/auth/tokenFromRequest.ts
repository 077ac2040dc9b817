import type { IncomingMessage } from 'node:http';

/**
 * The token a request carries: `Authorization: Bearer T`, else `?token=T` (browsers cannot
 * set headers on a WebSocket, so the sync socket uses the query). Undefined when absent.
 */
export function tokenFromRequest(req: IncomingMessage, url: URL): string | undefined {
  const header = req.headers.authorization;
  if (typeof header === 'string') {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (match?.[1]) return match[1];
  }
  const query = url.searchParams.get('token');
  return query ? query : undefined;
}
