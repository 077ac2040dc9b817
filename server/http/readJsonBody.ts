import type { IncomingMessage } from 'node:http';
import { HttpError } from './HttpError.ts';

/** The largest request body the API reads (5 MiB: room for an imported governance spec). */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

function tooLarge(limit: number): HttpError {
  return new HttpError('body_too_large', `The request body is larger than ${limit} bytes.`, {
    // The rest of the body is not read, so the connection cannot be reused.
    headers: { Connection: 'close' },
  });
}

/**
 * Whether a Content-Type names JSON. Anything else is refused: a cross-site form may post
 * `text/plain` (or a form encoding) without asking first, JSON only after a preflight.
 */
function isJson(contentType: string | undefined): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

/**
 * Reads and parses a JSON body (refusing any other media type with 415). An empty body reads as `undefined`. A body over the limit is
 * refused without buffering it; what is left of it is discarded.
 */
export async function readJsonBody(
  req: IncomingMessage,
  limit: number = MAX_BODY_BYTES,
): Promise<unknown> {
  const declared = Number(req.headers['content-length']);
  const hasBody = declared > 0 || req.headers['transfer-encoding'] !== undefined;
  if (hasBody && !isJson(req.headers['content-type'])) {
    req.resume();
    throw new HttpError(
      'unsupported_media_type',
      'Send the request body as JSON, with Content-Type: application/json.',
      { headers: { Connection: 'close' } },
    );
  }
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    throw tooLarge(limit);
  }
  const chunks = await collect(req, limit);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError('bad_json', 'The request body is not valid JSON.');
  }
}

/**
 * The body's chunks. Events, not `for await`: leaving an async iterator early destroys the
 * socket, and the 413 could then never be sent.
 */
function collect(req: IncomingMessage, limit: number): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      req.resume();
      reject(tooLarge(limit));
    };
    req.on('data', onData);
    req.once('end', () => resolve(chunks));
    req.once('error', reject);
  });
}
