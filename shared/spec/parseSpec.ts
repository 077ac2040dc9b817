import type { InputProblem } from '../errors/formatZodIssues.ts';
import { checkSpecReferences } from './checkSpecReferences.ts';
import { describeIssues } from './describeIssues.ts';
import { importSpecSchema } from './kindSchemas.ts';
import { migrateSpec } from './migrateSpec.ts';
import type { GovernanceSpec } from './specSchema.ts';

/** A spec read from outside: the spec, or every problem with it (each with its JSON path). */
export type ParsedSpec =
  | { ok: true; spec: GovernanceSpec }
  | { ok: false; problems: InputProblem[] };

/** The largest spec file read by default: 5 MB, far above any real system's. */
export const MAX_SPEC_BYTES = 5 * 1024 * 1024;

/**
 * Reads a governance spec from parsed JSON: a version 1 spec is upgraded first (migrateSpec).
 * Reports every problem in one answer, structure, fields and references together, each with
 * its JSON path. The derived `validation` block may be missing (it is recomputed on export).
 * The spec is returned only when there is no problem.
 */
export function parseSpec(input: unknown): ParsedSpec {
  const { spec: migrated } = migrateSpec(input);
  const parsed = importSpecSchema.safeParse(migrated, { reportInput: true });
  const problems = [
    ...(parsed.success ? [] : describeIssues(parsed.error)),
    ...checkSpecReferences(migrated),
  ];
  if (!parsed.success || problems.length > 0) return { ok: false, problems: sortByPath(problems) };
  const spec = parsed.data as Omit<GovernanceSpec, 'validation'> & Partial<GovernanceSpec>;
  return {
    ok: true,
    spec: { ...spec, validation: spec.validation ?? { errors: [], warnings: [] } },
  };
}

const SECTIONS = ['$.footprints', '$.bodies', '$.relationships', '$.validation'];

/** Problems in the order of the file: top-level ones, then by list and index. */
function sortByPath(problems: InputProblem[]): InputProblem[] {
  const key = (path: string) => {
    const section = SECTIONS.findIndex((start) => path.startsWith(start));
    const padded = path.replace(/\[(\d+)\]/g, (_, n: string) => `[${n.padStart(8, '0')}]`);
    return `${section + 1}${padded}`;
  };
  return [...problems].sort((a, b) =>
    key(a.path) < key(b.path) ? -1 : key(a.path) > key(b.path) ? 1 : 0,
  );
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** The size of text in UTF-8 bytes. */
function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Reads a governance spec from the text of a file: refuses text over `maxBytes` before
 * parsing it, and reports text that is not JSON with the parser's own message.
 */
export function parseSpecText(text: string, maxBytes = MAX_SPEC_BYTES): ParsedSpec {
  // Every character is at least one byte, so a long text needs no encoding to be refused.
  const bytes = text.length > maxBytes ? text.length : utf8Bytes(text);
  if (bytes > maxBytes) {
    return {
      ok: false,
      problems: [
        {
          path: '$',
          message: `is too large: the file is ${megabytes(bytes)}, and a governance spec can be at most ${megabytes(maxBytes)}`,
        },
      ],
    };
  }
  // Editors on Windows often save UTF-8 with a byte order mark, which JSON.parse refuses.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') {
    return {
      ok: false,
      problems: [{ path: '$', message: 'is empty: a governance spec is a JSON object' }],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '$', message: `is not JSON: ${reason}` }] };
  }
  return parseSpec(json);
}
