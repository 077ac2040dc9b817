import { z } from 'zod';
import { BODY_KIND_INFO, BODY_KINDS, type BodyKind } from '../model/bodyKinds.ts';
import {
  bodyFields,
  type FieldDef,
  FOOTPRINT_FIELDS,
  relationshipFields,
} from '../model/fields.ts';
import { RELATIONSHIP_KINDS, type RelationshipKind } from '../model/relationshipKinds.ts';
import { ELEMENT_STATUSES } from '../model/status.ts';
import {
  agreedAtSchema,
  elementIdSchema,
  mapInfoSchema,
  nameSchema,
  SPEC_VERSION,
  tallySpecSchema,
  validationSchema,
} from './specSchema.ts';
import { lowerFirst } from './words.ts';

/**
 * The optional spec properties of a set of fields: `governance.chair` becomes a `governance`
 * object holding `chair`. Each value is checked by its field's own schema, so a spec holds
 * exactly what the map's inspector can hold.
 */
function fieldShape(fields: readonly FieldDef[]): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {};
  const groups = new Map<string, Record<string, z.ZodType>>();
  for (const field of fields) {
    const [head, ...rest] = field.key.split('.');
    if (head === undefined) continue;
    if (rest.length === 0) shape[head] = field.schema.optional();
    else {
      const group = groups.get(head) ?? {};
      group[rest.join('.')] = field.schema.optional();
      groups.set(head, group);
    }
  }
  for (const [head, group] of groups) shape[head] = z.object(group).strict().optional();
  return shape;
}

const status = z.enum(ELEMENT_STATUSES);

/** The spec body of one kind: the common properties and that kind's fields only. */
export function bodySchemaFor(kind: BodyKind) {
  const info = BODY_KIND_INFO[kind];
  const noun = lowerFirst(info.label);
  return z
    .object({
      id: elementIdSchema,
      kind: z.literal(kind),
      name: nameSchema,
      footprint: elementIdSchema.optional(),
      statutory: z.literal(info.statutory, {
        error: `must be ${info.statutory}: ${info.statutory ? 'every' : 'no'} ${noun} is a statutory body`,
      }),
      status,
      agreedAt: agreedAtSchema.optional(),
      tally: tallySpecSchema.optional(),
      ...fieldShape(bodyFields(kind)),
    })
    .strict();
}

/** The spec relationship of one kind: the common properties and that kind's fields only. */
export function relationshipSchemaFor(kind: RelationshipKind) {
  return z
    .object({
      id: elementIdSchema,
      kind: z.literal(kind),
      from: elementIdSchema,
      to: elementIdSchema,
      status,
      agreedAt: agreedAtSchema.optional(),
      tally: tallySpecSchema.optional(),
      label: nameSchema.optional(),
      ...fieldShape(relationshipFields(kind)),
    })
    .strict();
}

const levelField = FOOTPRINT_FIELDS.find((field) => field.key === 'level');

/** A spec footprint. */
export const footprintSpecSchema = z
  .object({
    id: elementIdSchema,
    name: nameSchema,
    parent: elementIdSchema.optional(),
    ...fieldShape(FOOTPRINT_FIELDS.filter((field) => field !== levelField)),
    level: levelField?.schema ?? z.never(),
  })
  .strict();

/** A spec body of any kind, checked against its own kind's schema. */
export const bodySpecSchema = z.discriminatedUnion(
  'kind',
  BODY_KINDS.map(bodySchemaFor) as unknown as [
    ReturnType<typeof bodySchemaFor>,
    ...ReturnType<typeof bodySchemaFor>[],
  ],
);

/** A spec relationship of any kind, checked against its own kind's schema. */
export const relationshipSpecSchema = z.discriminatedUnion(
  'kind',
  RELATIONSHIP_KINDS.map(relationshipSchemaFor) as unknown as [
    ReturnType<typeof relationshipSchemaFor>,
    ...ReturnType<typeof relationshipSchemaFor>[],
  ],
);

/**
 * What import accepts: governance spec version 2, per kind. The derived `validation` block
 * may be left out (import recomputes it).
 */
export const importSpecSchema = z
  .object({
    $schema: z.string().optional(),
    specVersion: z.literal(SPEC_VERSION, {
      error: `must be ${SPEC_VERSION}: this is version ${SPEC_VERSION} of the governance spec (version 1 files are upgraded when read)`,
    }),
    map: mapInfoSchema,
    footprints: z.array(footprintSpecSchema),
    bodies: z.array(bodySpecSchema),
    relationships: z.array(relationshipSpecSchema),
    validation: validationSchema.optional(),
  })
  .strict();
