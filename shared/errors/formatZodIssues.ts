import type { z } from 'zod';

/** One problem found in some input, located by its JSON path (`$.bodies[3].kind`). */
export interface InputProblem {
  path: string;
  message: string;
}

/** Writes a zod issue path as a JSON path: `$`, `$.nodes[2].label`, `$["odd key"]`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** Every issue of a failed parse, each with its JSON path and a readable message. */
export function formatZodIssues(error: z.ZodError): InputProblem[] {
  return error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
}
