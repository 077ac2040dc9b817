import type { IncomingMessage, ServerResponse } from 'node:http';
import { DOCUMENT_KINDS, isDocumentKind } from '../../shared/documents/documentKinds.ts';
import { DOCUMENT_FORMATS, type DocumentFormat, mapDocument } from '../documents/mapDocument.ts';
import { loadSnapshot } from '../maps/loadSnapshot.ts';
import { HttpError } from './HttpError.ts';
import { authorizeMap, type MapsContext } from './mapsRoutes.ts';

function isFormat(value: string): value is DocumentFormat {
  return (DOCUMENT_FORMATS as readonly string[]).includes(value);
}

/**
 * GET /api/maps/:id/documents/:kind?body=<body id>&format=docx|md (any role) -> the document
 * as a file to download, made from the agreed map (docs/documents.md).
 */
export async function getDocument(
  req: IncomingMessage,
  res: ServerResponse,
  context: MapsContext,
  url: URL,
  mapId: string,
  kind: string,
): Promise<void> {
  const { map } = await authorizeMap(req, context, url, mapId);
  if (!isDocumentKind(kind)) {
    throw new HttpError(
      'not_found',
      `There is no document "${kind}". Ask for one of: ${DOCUMENT_KINDS.join(', ')}.`,
    );
  }
  const bodyId = url.searchParams.get('body')?.trim();
  if (!bodyId) {
    throw new HttpError('invalid_query', 'Say which body the document is for: ?body=<body id>.');
  }
  const format = url.searchParams.get('format') ?? 'docx';
  if (!isFormat(format)) {
    throw new HttpError('invalid_query', `format must be one of: ${DOCUMENT_FORMATS.join(', ')}.`);
  }
  const snapshot = await loadSnapshot(map, context.store, context.rooms);
  const written = await mapDocument(snapshot, map.id, kind, bodyId, format);
  if (!written.ok) {
    throw new HttpError(
      written.code === 'wrong-body' ? 'wrong_body' : 'not_found',
      written.message,
    );
  }
  res.writeHead(200, {
    'Content-Type': written.contentType,
    'Content-Length': written.content.length,
    // The name is a slug of ASCII letters, digits and dashes, so it needs no quoting rules.
    'Content-Disposition': `attachment; filename="${written.fileName}"`,
    'Cache-Control': 'no-store',
  });
  res.end(written.content);
}
