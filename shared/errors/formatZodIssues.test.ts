import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatZodIssues, jsonPath } from './formatZodIssues.ts';

describe('jsonPath', () => {
  it('writes keys, indexes and odd keys', () => {
    expect(jsonPath([])).toBe('$');
    expect(jsonPath(['bodies', 3, 'kind'])).toBe('$.bodies[3].kind');
    expect(jsonPath(['odd key'])).toBe('$["odd key"]');
  });
});

describe('formatZodIssues', () => {
  it('reports every problem with its path', () => {
    const schema = z.object({ a: z.string(), b: z.array(z.number()) });
    const result = schema.safeParse({ a: 1, b: [1, 'x', 3, 'y'] });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(formatZodIssues(result.error).map((p) => p.path)).toEqual(['$.a', '$.b[1]', '$.b[3]']);
  });
});
