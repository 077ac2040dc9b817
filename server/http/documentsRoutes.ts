import type { DocumentOptions } from '../../shared/documents/buildDocument.ts';
import { DOCUMENT_KINDS, isDocumentKind } from '../../shared/documents/documentKinds.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import { DOCUMENT_FORMATS, type DocumentFormat, mapDocument } from '../documents/mapDocument.ts';
import { loadSnapshot } from '../maps/loadSnapshot.ts';
import type { MapRecord } from '../store/DocStore.ts';
import { HttpError } from './HttpError.ts';
import type { MapRequest } from './mapRequest.ts';
import { findVersion, type VersionsContext } from './versionsRoutes.ts';

function isFormat(value: string): value is DocumentFormat {
  return (DOCUMENT_FORMATS as readonly string[]).includes(value);
}

/** A calendar date that exists: "2026-02-30" is refused, not rolled into March. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * The map a document is made from: the live map, or the saved version `?version=<id>` names
 * (which the preamble then names too).
 */
async function documentSource(
  context: VersionsContext,
  map: MapRecord,
  versionParam: string | null,
): Promise<{ snapshot: MapSnapshot; version?: DocumentOptions['version'] }> {
  if (versionParam === null) {
    return { snapshot: await loadSnapshot(map, context.store, context.rooms) };
  }
  const version = await findVersion(context.store, map, versionParam);
  const snapshot = await context.work.run('readSnapshot', { state: version.state });
  return { snapshot, version: { name: version.name, savedAt: version.createdAt } };
}

/**
 * GET /api/maps/:id/documents/:kind?body=<body id>&format=docx|md[&asAt=YYYY-MM-DD][&version=<id>]
 * (any role) -> the document as a file to download, made from the agreed map, or from a saved
 * version of it, as the structure stands on a date (docs/documents.md).
 */
export async function getDocument({ res, context, url, map, params }: MapRequest): Promise<void> {
  const kind = params.kind ?? '';
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
  const asAt = url.searchParams.get('asAt') ?? undefined;
  if (asAt !== undefined && !isCalendarDate(asAt)) {
    throw new HttpError('invalid_query', 'asAt must be a date written YYYY-MM-DD.');
  }
  const { snapshot, version } = await documentSource(context, map, url.searchParams.get('version'));
  const written = await mapDocument(snapshot, map.id, kind, bodyId, format, {
    ...(asAt ? { asAt } : {}),
    ...(version ? { version } : {}),
  });
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
