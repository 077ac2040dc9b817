import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import type { DocumentOptions } from '../../shared/documents/buildDocument.ts';
import { DOCUMENT_KINDS, isDocumentKind } from '../../shared/documents/documentKinds.ts';
import { isId } from '../../shared/model/ids.ts';
import { type MapSnapshot, readMap } from '../../shared/ydoc/readMap.ts';
import { DOCUMENT_FORMATS, type DocumentFormat, mapDocument } from '../documents/mapDocument.ts';
import { isCalendarDate } from '../http/documentsRoutes.ts';
import { docFromParts } from '../maps/readCurrentDoc.ts';
import { openSqliteStore } from '../store/sqliteStore.ts';
import { type CommandResult, usageError, withUsageErrors } from './usage.ts';

// -o report.md means Markdown without saying --format md; anything else is Word.
function formatOf(format: string | undefined, output: string | undefined): DocumentFormat | string {
  if (format !== undefined) return format;
  return output !== undefined && /\.(md|markdown)$/i.test(output) ? 'md' : 'docx';
}

async function writeDocument(args: readonly string[]): Promise<CommandResult> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      body: { type: 'string' },
      data: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      'as-at': { type: 'string' },
      version: { type: 'string' },
    },
  });
  const [kind, mapId, ...extra] = positionals;
  if (kind === undefined || mapId === undefined || extra.length > 0) {
    return usageError(
      'docs',
      'say which document and which map: accord docs <kind> <mapId> --body <id>',
    );
  }
  if (!isDocumentKind(kind)) {
    return usageError(
      'docs',
      `there is no document "${kind}"; use one of: ${DOCUMENT_KINDS.join(', ')}`,
    );
  }
  if (!isId(mapId)) return usageError('docs', `"${mapId}" is not a map id`);
  if (!values.body?.trim())
    return usageError('docs', 'say which body the document is for: --body <id>');
  const format = formatOf(values.format, values.output);
  if (!(DOCUMENT_FORMATS as readonly string[]).includes(format)) {
    return usageError('docs', `--format must be one of: ${DOCUMENT_FORMATS.join(', ')}`);
  }
  const asAt = values['as-at'];
  if (asAt !== undefined && !isCalendarDate(asAt)) {
    return usageError('docs', '--as-at must be a date written YYYY-MM-DD');
  }
  const versionId = values.version === undefined ? undefined : Number(values.version);
  if (versionId !== undefined && !/^[1-9][0-9]{0,15}$/.test(values.version ?? '')) {
    return usageError('docs', '--version must be a version number');
  }
  const dataDir = values.data ?? process.env.DATA_DIR ?? './data';
  const store = openSqliteStore(dataDir);
  try {
    if (!(await store.getMap(mapId))) {
      return { exitCode: 1, stderr: `accord docs: no map ${mapId} in ${dataDir}\n` };
    }
    let snapshot: MapSnapshot;
    let version: DocumentOptions['version'];
    if (versionId === undefined) {
      const doc = docFromParts(await store.loadDoc(mapId));
      snapshot = readMap(doc);
      doc.destroy();
    } else {
      const saved = await store.getVersion(mapId, versionId);
      if (!saved) {
        return { exitCode: 1, stderr: `accord docs: map ${mapId} has no version ${versionId}\n` };
      }
      const doc = new Y.Doc();
      Y.applyUpdate(doc, saved.state);
      snapshot = readMap(doc);
      doc.destroy();
      version = { name: saved.name, savedAt: saved.createdAt };
    }
    const written = await mapDocument(
      snapshot,
      mapId,
      kind,
      values.body.trim(),
      format as DocumentFormat,
      {
        ...(asAt ? { asAt } : {}),
        ...(version ? { version } : {}),
      },
    );
    if (!written.ok) return { exitCode: 1, stderr: `accord docs: ${written.message}\n` };
    if (values.output === '-') return { exitCode: 0, stdout: written.content };
    const file = values.output ?? written.fileName;
    writeFileSync(file, written.content);
    return { exitCode: 0, stderr: `Wrote ${file}\n` };
  } finally {
    await store.close();
  }
}

/**
 * Runs `accord docs <kind> <mapId> --body <id> [--format docx|md] [-o FILE] [--data DIR]
 * [--as-at YYYY-MM-DD] [--version N]`.
 */
export function docsCommand(args: readonly string[]): Promise<CommandResult> {
  return withUsageErrors('docs', () => writeDocument(args));
}
