import type { InputProblem } from '../errors/formatZodIssues.ts';
import { checkSpecFields } from './checkSpecFields.ts';
import { checkSpecReferences } from './checkSpecReferences.ts';
import { describeIssues } from './describeIssues.ts';
import { type GovernanceSpec, governanceSpecSchema } from './specSchema.ts';

/** A spec read from outside: the spec, or every problem with it (each with its JSON path). */
export type ParsedSpec =
  | { ok: true; spec: GovernanceSpec }
  | { ok: false; problems: InputProblem[] };

/** The largest spec file read by default: 5 MB, far above any real system's. */
export const MAX_SPEC_BYTES = 5 * 1024 * 1024;

/**
 * Reads a governance spec from parsed JSON. Reports every problem at once: first all that
 * the schema finds; if there are none, every broken reference between elements and every
 * field that the map could not hold. The spec is returned only when there is no problem.
 */
export function parseSpec(input: unknown): ParsedSpec {
  const parsed = governanceSpecSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error) };
  const problems = [...checkSpecReferences(parsed.data), ...checkSpecFields(parsed.data)];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, spec: parsed.data };
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
