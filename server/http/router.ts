import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Health } from '../health.ts';
import type { Logger } from '../log.ts';
import { getDocument } from './documentsRoutes.ts';
import { HttpError } from './HttpError.ts';
import { getLinks, postRotate } from './linksRoutes.ts';
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
  const specRoute = /^\/api\/maps\/([^/]+)\/(spec|validation)$/.exec(pathname);
  if (specRoute?.[1] !== undefined) {
    requireMethod(req, ['GET']);
    const handler = specRoute[2] === 'spec' ? getSpec : getValidation;
    await handler(req, res, context, url, specRoute[1]);
    return;
  }
  const documentRoute = /^\/api\/maps\/([^/]+)\/documents\/([^/]+)$/.exec(pathname);
  if (documentRoute?.[1] !== undefined && documentRoute[2] !== undefined) {
    requireMethod(req, ['GET']);
    await getDocument(req, res, context, url, documentRoute[1], documentRoute[2]);
    return;
  }
  const versionsRoute = /^\/api\/maps\/([^/]+)\/versions$/.exec(pathname);
  if (versionsRoute?.[1] !== undefined) {
    requireMethod(req, ['GET', 'POST']);
    const handler = req.method === 'POST' ? postVersion : getVersions;
    await handler(req, res, context, url, versionsRoute[1]);
    return;
  }
  const versionRoute = /^\/api\/maps\/([^/]+)\/versions\/([^/]+)\/(spec|snapshot|restore)$/.exec(
    pathname,
  );
  if (versionRoute?.[1] !== undefined && versionRoute[2] !== undefined) {
    const restore = versionRoute[3] === 'restore';
    requireMethod(req, [restore ? 'POST' : 'GET']);
    const handler = restore
      ? postRestore
      : versionRoute[3] === 'snapshot'
        ? getVersionSnapshot
        : getVersionSpec;
    await handler(req, res, context, url, versionRoute[1], versionRoute[2]);
    return;
  }
  const linksRoute = /^\/api\/maps\/([^/]+)\/links$/.exec(pathname);
  if (linksRoute?.[1] !== undefined) {
    requireMethod(req, ['GET']);
    await getLinks(req, res, context, url, linksRoute[1]);
    return;
  }
  const rotateRoute = /^\/api\/maps\/([^/]+)\/links\/([^/]+)\/rotate$/.exec(pathname);
  if (rotateRoute?.[1] !== undefined && rotateRoute[2] !== undefined) {
    requireMethod(req, ['POST']);
    await postRotate(req, res, context, url, rotateRoute[1], rotateRoute[2]);
    return;
  }
  const mapRoute = /^\/api\/maps\/([^/]+)$/.exec(pathname);
  if (mapRoute?.[1] !== undefined) {
    requireMethod(req, ['GET']);
    await getMap(req, res, context, url, mapRoute[1]);
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
