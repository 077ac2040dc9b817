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

/** Sends an error in the API's one error shape; anything but an HttpError becomes a 500. */
export function sendError(res: ServerResponse, error: unknown): void {
  const httpError =
    error instanceof HttpError ? error : new HttpError('internal', 'Something went wrong.');
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, httpError.status, httpError.toBody(), httpError.headers);
}
