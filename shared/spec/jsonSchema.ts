import { z } from 'zod';
import { governanceSpecSchema } from './specSchema.ts';

/** Where the JSON Schema of spec version 1 is served, and the `$schema` every spec names. */
export const GOVERNANCE_SPEC_SCHEMA_ID = '/schema/governance-spec.v1.json';

/** The JSON Schema (draft 2020-12) of governance spec version 1, generated from its zod schema. */
export function governanceSpecJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(governanceSpecSchema, {
    target: 'draft-2020-12',
    // Describes the files people write, which is what the zod schema reads.
    io: 'input',
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: GOVERNANCE_SPEC_SCHEMA_ID,
    title: 'Accord governance spec, version 1',
    description:
      'The export of an Accord map: footprints, bodies and relationships of an integrated care system, and the findings of its validation rules.',
    ...rest,
  };
}

/** The JSON Schema as the text of docs/governance-spec.v1.json (two-space indent, final newline). */
export function governanceSpecJsonSchemaText(): string {
  return `${JSON.stringify(governanceSpecJsonSchema(), null, 2)}\n`;
}
