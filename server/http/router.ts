import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Health } from '../health.ts';
import type { Logger } from '../log.ts';
import { getDocument } from './documentsRoutes.ts';
import { HttpError } from './HttpError.ts';
import { getLinks, postRotate } from './linksRoutes.ts';
import { authorizeMap, type MapHandler, requireOwner } from './mapRequest.ts';
import { getMap, postMap } from './mapsRoutes.ts';
import { sendError, sendJson } from './respond.ts';
import { setSecurityHeaders } from './securityHeaders.ts';
import { getSchema, getSpec, getValidation, type ImportContext, postImport } from './specRoutes.ts';
import { serveStatic } from './staticFiles.ts';
import {
  getVersionSnapshot,
  getVersionSpec,
  getVersions,
  postRestore,
  postVersion,
  type VersionsContext,
} from './versionsRoutes.ts';

/** What the request handler needs from the server. */
export interface RouterContext extends VersionsContext {
  imports: ImportContext['imports'];
  clientDir: string;
  log: Logger;
  /** What /healthz answers: the database's and Redis's state. */
  health: () => Promise<Health>;
}

/** The longest request URL the server reads; longer ones get a 414 in the API's error shape. */
export const MAX_URL_LENGTH = 4096;

function methodNotAllowed(allowed: readonly string[]): HttpError {
  return new HttpError('method_not_allowed', `Use ${allowed.join(' or ')} here.`, {
    headers: { Allow: allowed.join(', ') },
  });
}

function requireMethod(req: IncomingMessage, allowed: readonly string[]): void {
  if (!allowed.includes(req.method ?? '')) throw methodNotAllowed(allowed);
}

/** One map's routes: the path after /api/maps/:id, and what each method does there. */
const MAP_ROUTES: readonly { path: RegExp; methods: Readonly<Record<string, MapHandler>> }[] = [
  { path: /^$/, methods: { GET: { run: getMap } } },
  { path: /^\/spec$/, methods: { GET: { run: getSpec } } },
  { path: /^\/validation$/, methods: { GET: { run: getValidation } } },
  { path: /^\/documents\/(?<kind>[^/]+)$/, methods: { GET: { run: getDocument } } },
  {
    path: /^\/versions$/,
    methods: {
      GET: { run: getVersions },
      POST: { run: postVersion, ownerOnly: 'save versions' },
    },
  },
  { path: /^\/versions\/(?<version>[^/]+)\/spec$/, methods: { GET: { run: getVersionSpec } } },
  {
    path: /^\/versions\/(?<version>[^/]+)\/snapshot$/,
    methods: { GET: { run: getVersionSnapshot } },
  },
  {
    path: /^\/versions\/(?<version>[^/]+)\/restore$/,
    methods: { POST: { run: postRestore, ownerOnly: 'restore versions' } },
  },
  { path: /^\/links$/, methods: { GET: { run: getLinks, ownerOnly: 'see the links' } } },
  {
    path: /^\/links\/(?<role>[^/]+)\/rotate$/,
    methods: { POST: { run: postRotate, ownerOnly: 'make new links' } },
  },
];

/** The map route a path names, with the map's id and the path's named parts. */
function matchMapRoute(pathname: string) {
  const prefix = /^\/api\/maps\/([^/]+)/.exec(pathname);
  const mapId = prefix?.[1];
  if (!prefix || mapId === undefined) return null;
  const rest = pathname.slice(prefix[0].length);
  for (const { path, methods } of MAP_ROUTES) {
    const match = path.exec(rest);
    if (match) return { methods, mapId, params: { ...match.groups } };
  }
  return null;
}

async function route(req: IncomingMessage, res: ServerResponse, context: RouterContext) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const { pathname } = url;

  if (pathname === '/healthz') {
    requireMethod(req, ['GET', 'HEAD']);
    const health = await context.health();
    sendJson(res, health.status === 'down' ? 503 : 200, {
      ok: health.status !== 'down',
      ...health,
    });
    return;
  }
  if (pathname === '/api/maps') {
    requireMethod(req, ['POST']);
    await postMap(req, res, context);
    return;
  }
  if (
    pathname === '/schema/governance-spec.v2.json' ||
    pathname === '/schema/governance-spec.v1.json'
  ) {
    requireMethod(req, ['GET', 'HEAD']);
    getSchema(res, pathname.endsWith('v1.json') ? 1 : 2);
    return;
  }
  if (pathname === '/api/maps/import') {
    requireMethod(req, ['POST']);
    await postImport(req, res, context);
    return;
  }
  const mapRoute = matchMapRoute(pathname);
  if (mapRoute) {
    const { methods, mapId, params } = mapRoute;
    const handler = methods[req.method ?? ''];
    if (!handler) throw methodNotAllowed(Object.keys(methods));
    const { map, role } = await authorizeMap(req, context, url, mapId);
    if (handler.ownerOnly) requireOwner(role, handler.ownerOnly);
    await handler.run({ req, res, context, url, map, role, params });
    return;
  }
  if (pathname === '/api' || pathname.startsWith('/api/')) {
    throw new HttpError('not_found', 'No such API route.');
  }
  if (req.method !== 'GET' && req.method !== 'HEAD')
    throw new HttpError('not_found', 'No such route.');
  await serveStatic(req, res, context.clientDir, pathname);
}

/** The http server's request handler: REST, health and the static client. */
export function createRequestHandler(context: RouterContext) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    setSecurityHeaders(res);
    if ((req.url ?? '').length > MAX_URL_LENGTH) {
      sendError(
        res,
        new HttpError('uri_too_long', `The address is longer than ${MAX_URL_LENGTH} characters.`),
      );
      return;
    }
    route(req, res, context).catch((error: unknown) => {
      if (!(error instanceof HttpError)) {
        // Only the path: a query may carry a token.
        const path = (req.url ?? '').split('?')[0];
        context.log.error('request failed', { error, method: req.method, path });
      }
      sendError(res, error);
    });
  };
}
