import type { z } from 'zod';
import { type InputProblem, jsonPath } from '../errors/formatZodIssues.ts';
import { BODY_KIND_INFO, isBodyKind } from '../model/bodyKinds.ts';
import { RELATIONSHIP_KIND_LABEL, RELATIONSHIP_KINDS } from '../model/relationshipKinds.ts';
import { lowerFirst, withArticle } from './words.ts';

/** A value's type in plain words, for "should be text, not a number". */
export function describeType(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return Number.isInteger(value) ? 'a whole number' : 'a number';
    case 'boolean':
      return `${value} (true/false)`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/**
 * Zod's own messages ("Invalid input: expected string, received number") rewritten in
 * plain words. Messages the spec schema sets itself start in lower case and are kept.
 */
function message(issue: z.core.$ZodIssue): string {
  if (/^[a-z]/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return 'is missing';
      return `should be ${expected}, not ${describeType(issue.input)}`;
    }
    case 'invalid_value': {
      const choices = issue.values.map((value) => String(value)).join(', ');
      return issue.values.length === 1
        ? `is ${shown(issue.input)}; it must be ${choices}`
        : `is ${shown(issue.input)}, which is not one of: ${choices}`;
    }
    case 'invalid_union': {
      if ('discriminator' in issue && 'options' in issue) {
        const options = (issue.options as unknown[]).map(String).join(', ');
        const value = (issue.input as Record<string, unknown> | undefined)?.[
          String((issue as { discriminator?: unknown }).discriminator)
        ];
        const input = value === undefined ? undefined : shown(value);
        return input === undefined
          ? `is missing; it must be one of: ${options}`
          : `is ${input}, which is not one of: ${options}`;
      }
      return issue.message;
    }
    case 'too_small':
      return issue.origin === 'array'
        ? `needs at least ${issue.minimum} entries`
        : `is below ${issue.minimum}, the least it can be`;
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `is longer than ${issue.maximum}`
        : `is above ${issue.maximum}, the most it can be`;
    default:
      return issue.message;
  }
}

/** Whose fields an unknown property is not one of: "an integrated care board", or undefined. */
function owner(path: readonly PropertyKey[], input: unknown): string | undefined {
  const kind = (input as { kind?: unknown } | null)?.kind;
  if (typeof kind !== 'string' || path.length !== 2) return undefined;
  if (path[0] === 'bodies' && isBodyKind(kind)) {
    return withArticle(lowerFirst(BODY_KIND_INFO[kind].label));
  }
  if (path[0] === 'relationships' && (RELATIONSHIP_KINDS as readonly string[]).includes(kind)) {
    return `a “${RELATIONSHIP_KIND_LABEL[kind as (typeof RELATIONSHIP_KINDS)[number]]}” relationship`;
  }
  return undefined;
}

/**
 * Every issue of a failed parse as problems with JSON paths. An unknown property is reported
 * at its own path (`$.bodies[2].colour`), one problem per property, saying whose field it is
 * not when the element's kind is known. Needs a parse with `reportInput: true`.
 */
export function describeIssues(error: z.ZodError): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const whose = owner(issue.path, issue.input);
      for (const key of issue.keys) {
        problems.push({
          path: jsonPath([...issue.path, key]),
          message: whose
            ? `is not a field of ${whose}`
            : 'is not part of a governance spec (unknown property)',
        });
      }
    } else problems.push({ path: jsonPath(issue.path), message: message(issue) });
  }
  return problems;
}
