import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { contentType } from './contentTypes.ts';
import { HttpError } from './HttpError.ts';

const NOT_BUILT = 'client not built: run npm run build';

// Vite puts content-hashed names under /assets, so they never change and may be cached.
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** True for the paths of the single-page app's own pages, which all get index.html. */
function isAppPage(pathname: string): boolean {
  return pathname === '/' || pathname === '/index.html' || /^\/m\/[^/]+\/?$/.test(pathname);
}

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}

/** The file under root that a URL path names, or undefined when it would leave root. */
export function resolveUnder(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const resolved = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  return resolved.startsWith(root + path.sep) ? resolved : undefined;
}

/**
 * Serves the built client from clientDir: app pages get index.html (the client routes
 * them), other paths their file; a missing build is a 503 that says what to do.
 */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  clientDir: string,
  pathname: string,
): Promise<void> {
  const root = path.resolve(clientDir);
  const indexFile = path.join(root, 'index.html');
  if (!(await isFile(indexFile))) {
    res.writeHead(503, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    res.end(NOT_BUILT);
    return;
  }
  let file: string | undefined;
  if (isAppPage(pathname)) file = indexFile;
  else {
    const candidate = resolveUnder(root, pathname);
    if (candidate === undefined) throw new HttpError('invalid_path', 'That path is not allowed.');
    if (await isFile(candidate)) file = candidate;
  }
  if (!file) throw new HttpError('not_found', 'Nothing here.');
  const size = (await stat(file)).size;
  res.writeHead(200, {
    'Content-Type': contentType(file),
    'Content-Length': size,
    // Pages must always be fresh so a new build's asset names are picked up.
    'Cache-Control': pathname.startsWith('/assets/') ? IMMUTABLE : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
