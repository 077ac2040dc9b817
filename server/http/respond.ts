import type { ServerResponse } from 'node:http';
import { HttpError } from './HttpError.ts';

/** Sends a JSON response. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/**
 * SQLite's codes for a file it cannot write (read-only, full, an I/O error, locked out) and
 * PostgreSQL's for a read-only transaction (25006) and a standby (57P03 "cannot connect now").
 */
const STORE_WRITE_FAILURE =
  /^(SQLITE_(READONLY|IOERR|FULL|CANTOPEN|PERM)|25006$|57P03$|ECONNREFUSED$)/;

/** A store that cannot take a write is the server's state, not a bug: 503 and why. */
function storeFailure(error: unknown): HttpError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !STORE_WRITE_FAILURE.test(code)) return undefined;
  return new HttpError(
    'store_unwritable',
    `The server cannot save changes right now (${code}); nothing was changed. Try again later, and tell whoever runs the server: /healthz says why.`,
    { headers: { 'Retry-After': '30' } },
  );
}

/**
 * Sends an error in the API's one error shape; a store that cannot write becomes a 503,
 * anything else but an HttpError a 500.
 */
export function sendError(res: ServerResponse, error: unknown): void {
  const httpError =
    error instanceof HttpError
      ? error
      : (storeFailure(error) ?? new HttpError('internal', 'Something went wrong.'));
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, httpError.status, httpError.toBody(), httpError.headers);
}
