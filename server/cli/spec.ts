import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { layoutSpec } from '../../shared/layout/layoutSpec.ts';
import { isId } from '../../shared/model/ids.ts';
import { validateSpec } from '../../shared/rules/validateSpec.ts';
import { migrateSpec } from '../../shared/spec/migrateSpec.ts';
import { parseSpec, parseSpecText } from '../../shared/spec/parseSpec.ts';
import type { GovernanceSpec } from '../../shared/spec/specSchema.ts';
import { specToDoc } from '../../shared/spec/specToDoc.ts';
import { readMap } from '../../shared/ydoc/readMap.ts';
import { loadSecret } from '../auth/secret.ts';
import { mapLinks } from '../http/mapLinks.ts';
import { createMap } from '../maps/createMap.ts';
import { exportSpec } from '../maps/exportSpec.ts';
import { docFromParts } from '../maps/readCurrentDoc.ts';
import { openSqliteStore } from '../store/sqliteStore.ts';
import { type CommandResult, usageError, withUsageErrors } from './usage.ts';

const DEFAULT_DATA = process.env.DATA_DIR ?? './data';

/** `accord spec export <mapId> [--data DIR] [--all] [-o FILE]`: prints or writes the spec. */
async function exportMap(args: readonly string[]): Promise<CommandResult> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      all: { type: 'boolean' },
      output: { type: 'string', short: 'o' },
    },
  });
  const mapId = positionals[0];
  if (!mapId || positionals.length > 1) return usageError('spec', 'export takes one map id');
  if (!isId(mapId)) return usageError('spec', `"${mapId}" is not a map id`);
  const store = openSqliteStore(values.data ?? DEFAULT_DATA);
  try {
    const map = await store.getMap(mapId);
    if (!map)
      return {
        exitCode: 1,
        stderr: `accord spec: no map ${mapId} in ${values.data ?? DEFAULT_DATA}\n`,
      };
    const doc = docFromParts(await store.loadDoc(mapId));
    const spec = exportSpec(readMap(doc), mapId, values.all ? 'all' : 'agreed');
    doc.destroy();
    const json = `${JSON.stringify(spec, null, 2)}\n`;
    if (values.output) {
      writeFileSync(values.output, json);
      return { exitCode: 0, stderr: `Wrote ${values.output}\n` };
    }
    return { exitCode: 0, stdout: json };
  } finally {
    await store.close();
  }
}

/**
 * Reads and parses a spec file: the spec, or the exit-2 result that says why it is not one
 * (every problem with its JSON path). `consequence` ends the first line, e.g. what was not done.
 */
function readSpecFile(file: string, consequence = ''): { spec: GovernanceSpec } | CommandResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return {
      exitCode: 2,
      stderr: `accord spec: cannot read ${file}: ${(error as Error).message}\n`,
    };
  }
  const parsed = parseSpecText(text);
  if (parsed.ok) return { spec: parsed.spec };
  const lines = parsed.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n');
  return {
    exitCode: 2,
    stderr: `${file} is not a valid governance spec${consequence}:\n${lines}\n`,
  };
}

/** `accord spec validate <FILE>`: exit 0 valid, 1 findings with errors, 2 unreadable or not a spec. */
function validateFile(args: readonly string[]): CommandResult {
  const [file, ...extra] = args;
  if (!file || extra.length > 0) return usageError('spec', 'validate takes one file');
  const read = readSpecFile(file);
  if (!('spec' in read)) return read;
  const { errors, warnings } = validateSpec(read.spec);
  const report = [
    ...errors.map((f) => `  error   [${f.rule}] ${f.message}`),
    ...warnings.map((f) => `  warning [${f.rule}] ${f.message}`),
  ];
  const summary = `${file}: ${errors.length} error(s), ${warnings.length} warning(s)\n`;
  return {
    exitCode: errors.length > 0 ? 1 : 0,
    stdout: summary + (report.length ? `${report.join('\n')}\n` : ''),
  };
}

/** `accord spec import <FILE> [--data DIR] [--base-url URL]`: creates a map and prints its links. */
async function importFile(args: readonly string[]): Promise<CommandResult> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { data: { type: 'string' }, 'base-url': { type: 'string' } },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) return usageError('spec', 'import takes one file');
  const read = readSpecFile(file, '; nothing was created');
  if (!('spec' in read)) return read;
  const { spec } = read;
  // Before createMap: its fill is synchronous, and ELK is not.
  const layout = await layoutSpec(spec);
  const dataDir = values.data ?? DEFAULT_DATA;
  const store = openSqliteStore(dataDir);
  try {
    const map = await createMap(store, loadSecret(dataDir), {
      title: spec.map.title,
      description: spec.map.description,
      fill: (doc) => specToDoc(spec, doc, layout),
    });
    const host = new URL(values['base-url'] ?? `http://localhost:${process.env.PORT ?? 1234}`).host;
    const links = mapLinks(host, map.id, map.tokens);
    return {
      exitCode: 0,
      stdout: `Imported "${map.title}" as map ${map.id}\n  owner:  ${links.owner}\n  editor: ${links.editor}\n  viewer: ${links.viewer}\n`,
    };
  } finally {
    await store.close();
  }
}

/**
 * `accord spec migrate <FILE> [-o OUT]`: upgrades a version 1 spec to version 2 and prints it
 * (or writes OUT); says on standard error what changed. A file that is still not a valid spec
 * after the upgrade is refused (exit 2) with every problem and its JSON path.
 */
function migrateFile(args: readonly string[]): CommandResult {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { output: { type: 'string', short: 'o' } },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) return usageError('spec', 'migrate takes one file');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      exitCode: 2,
      stderr: `accord spec: cannot read ${file}: ${(error as Error).message}\n`,
    };
  }
  const { spec, from, changes } = migrateSpec(json);
  const parsed = parseSpec(spec);
  if (!parsed.ok) {
    const lines = parsed.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n');
    return { exitCode: 2, stderr: `${file} is not a valid governance spec:\n${lines}\n` };
  }
  const text = `${JSON.stringify(spec, null, 2)}\n`;
  const said =
    from === 2
      ? `${file} is already version 2; nothing to change\n`
      : `Upgraded ${file} from version ${String(from)} to 2:\n${changes.map((c) => `  ${c}`).join('\n')}\n`;
  if (values.output) {
    writeFileSync(values.output, text);
    return { exitCode: 0, stderr: `${said}Wrote ${values.output}\n` };
  }
  return { exitCode: 0, stdout: text, stderr: said };
}

/** Runs `accord spec <export|validate|import|migrate> …`. */
export function specCommand(args: readonly string[]): Promise<CommandResult> {
  const [sub, ...rest] = args;
  return withUsageErrors('spec', async () => {
    switch (sub) {
      case 'export':
        return await exportMap(rest);
      case 'validate':
        return validateFile(rest);
      case 'import':
        return await importFile(rest);
      case 'migrate':
        return migrateFile(rest);
      default:
        return usageError(
          'spec',
          sub ? `unknown spec command "${sub}"` : 'say export, validate, import or migrate',
        );
    }
  });
}
