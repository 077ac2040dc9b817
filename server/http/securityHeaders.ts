import type { ServerResponse } from 'node:http';

/**
 * The Content-Security-Policy of every response. Scripts only from this origin (the built
 * client has no inline script; the service worker registers from /registerSW.js); inline
 * styles are allowed because React Flow positions nodes with style attributes; images may be
 * data: or blob: URLs (exports drawn in the page); the sync socket is ws(s) to this host. No
 * framing, no plugins, no <base>.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every response carries, API and static files alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // Links carry tokens in their fragment; no page of ours tells another site where it was.
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
};

/** Sets the security headers on a response (before anything else is written). */
export function setSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}
