import { buildDocument, type DocumentOptions } from '../../shared/documents/buildDocument.ts';
import type { DocumentKind } from '../../shared/documents/documentKinds.ts';
import { documentToMarkdown } from '../../shared/documents/documentMarkdown.ts';
import { nodeName } from '../../shared/spec/nodeName.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import { exportSpec } from '../maps/exportSpec.ts';
import { documentToDocx } from './documentToDocx.ts';

/** The file formats a document is written in. */
export const DOCUMENT_FORMATS = ['docx', 'md'] as const;

/** A document's file format: Word or Markdown. */
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

const CONTENT_TYPES: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
};

/** A written document file, or why it could not be written. */
export type MapDocumentResult =
  | { ok: true; fileName: string; contentType: string; content: Buffer }
  | {
      ok: false;
      code: 'no-such-body' | 'not-agreed' | 'not-in-force' | 'wrong-body';
      message: string;
    };

// Documents are for signing, so they are made from the agreed map only; a body that is on the
// map but not agreed gets its own answer, so people know what to do about it.
function missingBody(snapshot: MapSnapshot, bodyId: string): MapDocumentResult {
  const node = snapshot.nodes.find((candidate) => candidate.id === bodyId);
  if (node === undefined) {
    return {
      ok: false,
      code: 'no-such-body',
      message: `There is no body "${bodyId}" on this map.`,
    };
  }
  if (node.kind === 'footprint') {
    return {
      ok: false,
      code: 'wrong-body',
      message: `${nodeName(node)} is a footprint; documents are written for bodies.`,
    };
  }
  return {
    ok: false,
    code: 'not-agreed',
    message: `${nodeName(node)} is ${node.status}, not agreed: documents are made from the agreed map only.`,
  };
}

/**
 * Writes one governance document of a map's agreed content, for one body, as a file: of the
 * map given (the live map or a saved version's), as at `options.asAt` when given.
 */
export async function mapDocument(
  snapshot: MapSnapshot,
  mapId: string,
  kind: DocumentKind,
  bodyId: string,
  format: DocumentFormat,
  options: DocumentOptions = {},
): Promise<MapDocumentResult> {
  const spec = exportSpec(snapshot, mapId, 'agreed');
  const built = buildDocument(spec, kind, bodyId, options);
  if (!built.ok) {
    return built.problem.code === 'no-such-body'
      ? missingBody(snapshot, bodyId)
      : { ok: false, code: built.problem.code, message: built.problem.message };
  }
  const { document } = built;
  const content =
    format === 'docx'
      ? await documentToDocx(document)
      : Buffer.from(documentToMarkdown(document), 'utf8');
  return {
    ok: true,
    fileName: `${document.fileName}.${format}`,
    contentType: CONTENT_TYPES[format],
    content,
  };
}
