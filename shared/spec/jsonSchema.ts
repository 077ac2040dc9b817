import { z } from 'zod';
import { BODY_KINDS } from '../model/bodyKinds.ts';
import { RELATIONSHIP_KINDS } from '../model/relationshipKinds.ts';
import {
  bodySchemaFor,
  footprintSpecSchema,
  importSpecSchema,
  relationshipSchemaFor,
} from './kindSchemas.ts';
import { GOVERNANCE_SPEC_SCHEMA_ID } from './specSchema.ts';

export { GOVERNANCE_SPEC_SCHEMA_ID } from './specSchema.ts';

type JsonSchema = Record<string, unknown>;

/** One zod schema as a JSON Schema without its own `$schema` line. */
function toJson(schema: z.ZodType): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    // Describes the files people write, which is what the zod schema reads.
    io: 'input',
  }) as JsonSchema;
  return rest;
}

/**
 * An element of one of several kinds: `kind` must be one of them, and then the element must
 * fit its own kind's schema. An if/then per kind, rather than oneOf, so that a validator
 * reports only the problems of the element's own kind, at the same paths as the importer.
 */
function perKind(kinds: readonly string[], ref: (kind: string) => string): JsonSchema {
  return {
    type: 'object',
    required: ['kind'],
    properties: { kind: { enum: [...kinds] } },
    allOf: kinds.map((kind) => ({
      if: { type: 'object', properties: { kind: { const: kind } }, required: ['kind'] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, not a promise.
      then: { $ref: ref(kind) },
    })),
  };
}

/**
 * The JSON Schema (draft 2020-12) of governance spec version 2, generated from the zod
 * schemas that import uses, so the two accept and refuse the same files with the same paths
 * (docs/spec.md, "JSON Schema"). Each kind of body and relationship has its own definition
 * (`body-icb`, `relationship-delegates`) holding only the fields of that kind.
 */
export function governanceSpecJsonSchema(): JsonSchema {
  const envelope = toJson(importSpecSchema) as JsonSchema & { properties: JsonSchema };
  const $defs: JsonSchema = {};
  for (const kind of BODY_KINDS) $defs[`body-${kind}`] = toJson(bodySchemaFor(kind));
  for (const kind of RELATIONSHIP_KINDS) {
    $defs[`relationship-${kind}`] = toJson(relationshipSchemaFor(kind));
  }
  $defs.footprint = toJson(footprintSpecSchema);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: GOVERNANCE_SPEC_SCHEMA_ID,
    title: 'Accord governance spec, version 2',
    description:
      'The export of an Accord map: footprints, bodies and relationships of an integrated care system, and the findings of its validation rules. Ids, references between elements and footprint nesting are checked by import beyond this schema.',
    ...envelope,
    properties: {
      ...envelope.properties,
      footprints: { type: 'array', items: { $ref: '#/$defs/footprint' } },
      bodies: { type: 'array', items: perKind(BODY_KINDS, (k) => `#/$defs/body-${k}`) },
      relationships: {
        type: 'array',
        items: perKind(RELATIONSHIP_KINDS, (k) => `#/$defs/relationship-${k}`),
      },
    },
    $defs,
  };
}

/** The JSON Schema as the text of docs/governance-spec.v2.json (two-space indent, final newline). */
export function governanceSpecJsonSchemaText(): string {
  return `${JSON.stringify(governanceSpecJsonSchema(), null, 2)}\n`;
}
