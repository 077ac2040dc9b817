import { z } from 'zod';
import { BODY_KINDS } from '../model/bodyKinds.ts';
import { FOOTPRINT_LEVEL_IDS } from '../model/footprints.ts';
import { COMMITTEE_TYPES, GOVERNANCE_MODEL_IDS } from '../model/governance.ts';
import { ID_PATTERN } from '../model/ids.ts';
import { RELATIONSHIP_KINDS } from '../model/relationshipKinds.ts';
import { ELEMENT_STATUSES } from '../model/status.ts';

/** The stable ids of the validation rules (shared/DOMAIN.md, "Validation rules"). */
export const RULE_IDS = [
  'accountability-cycle',
  'unaccountable-body',
  'delegation-without-holding',
  'delegation-to-advisory',
  'delegation-removes-accountability',
  'joint-committee-parties',
  'collaborative-too-small',
  'trust-outside-collaborative',
  'duplicate-function',
  'decision-body-governance',
  'no-non-executive',
  'icp-membership',
  'lead-provider-delegation',
  'pooled-fund-host',
  'dangling-relationship',
  'invalid-endpoints',
] as const;

/** A validation rule's stable id. */
export type RuleId = (typeof RULE_IDS)[number];

const id = z.string().regex(ID_PATTERN, 'is not an id (8–64 letters, digits, _ or -)');
// A regex, not min(1): it keeps "   " out in the JSON Schema too (which cannot trim).
const text = z.string().trim().regex(/\S/, 'is empty');
const isoDate = z.iso.date({ error: 'is not a date (YYYY-MM-DD)' });
const money = z.number().finite().nonnegative();
const agreedAt = z.iso.datetime({ offset: true, error: 'is not a date and time (ISO 8601)' });
/** The final count of a vote on an element. */
export const tallySpecSchema = z
  .object({
    agree: z.number().int().nonnegative(),
    disagree: z.number().int().nonnegative(),
    abstain: z.number().int().nonnegative(),
  })
  .strict();

/** One problem the validator found, naming the elements involved. */
export const findingSchema = z
  .object({
    rule: z.enum(RULE_IDS),
    severity: z.enum(['error', 'warning']),
    message: text,
    elements: z.array(z.string()),
  })
  .strict();

/** A validation finding. */
export type Finding = z.infer<typeof findingSchema>;

/** A footprint: an area that holds bodies. */
export const footprintSchema = z
  .object({
    id,
    name: text,
    level: z.enum(FOOTPRINT_LEVEL_IDS),
    parent: id.optional(),
    onsCode: z
      .string()
      .regex(/^[EWSN]\d{8}$/, 'is not an ONS code')
      .optional(),
    population: z.number().int().nonnegative().optional(),
    notes: z.string().optional(),
  })
  .strict();

/** How a decision-making body is governed. */
export const governanceSchema = z
  .object({
    model: z.enum(GOVERNANCE_MODEL_IDS).optional(),
    termsOfReference: text.optional(),
    chair: text.optional(),
    quorum: text.optional(),
    reservedMatters: z.array(text).optional(),
    conflictsOfInterest: text.optional(),
    nonExecutiveMembers: z.number().int().nonnegative().optional(),
    reviewDate: isoDate.optional(),
  })
  .strict();

/** A body: an organisation, partnership, committee or fund, with its kind's own fields. */
export const bodySchema = z
  .object({
    id,
    kind: z.enum(BODY_KINDS),
    name: text,
    footprint: id.optional(),
    statutory: z.boolean(),
    // Spelled out, not /i: JSON Schema patterns carry no flags.
    odsCode: z
      .string()
      .regex(/^[A-Za-z0-9]{3,10}$/, 'is not an ODS code')
      .optional(),
    status: z.enum(ELEMENT_STATUSES),
    agreedAt: agreedAt.optional(),
    tally: tallySpecSchema.optional(),
    leader: text.optional(),
    scale: z.enum(['at-scale', 'at-place']).optional(),
    sector: z
      .enum(['acute', 'mental-health', 'community', 'ambulance', 'specialist', 'combined'])
      .optional(),
    foundationTrust: z.boolean().optional(),
    oversightSegment: z.number().int().min(1).max(5).optional(),
    tier: z
      .enum([
        'county',
        'unitary',
        'metropolitan-district',
        'london-borough',
        'district',
        'combined-authority',
      ])
      .optional(),
    committeeType: z.enum(Object.keys(COMMITTEE_TYPES) as [string, ...string[]]).optional(),
    fundType: z.enum(['s75', 's65z6', 'delegated', 'aligned']).optional(),
    amountGBP: money.optional(),
    functions: z.array(text).optional(),
    governance: governanceSchema.optional(),
    validFrom: isoDate.optional(),
    validTo: isoDate.optional(),
    notes: z.string().optional(),
  })
  .strict();

/** A relationship between two bodies. */
export const relationshipSchema = z
  .object({
    id,
    kind: z.enum(RELATIONSHIP_KINDS),
    from: id,
    to: id,
    status: z.enum(ELEMENT_STATUSES),
    agreedAt: agreedAt.optional(),
    tally: tallySpecSchema.optional(),
    label: text.optional(),
    function: text.optional(),
    legalBasis: text.optional(),
    amountGBP: money.optional(),
    agreement: text.optional(),
    voting: z.boolean().optional(),
    validFrom: isoDate.optional(),
    validTo: isoDate.optional(),
    notes: z.string().optional(),
  })
  .strict();

/** Governance spec, version 1 (shared/DESIGN.md): the export of a map. */
export const governanceSpecSchema = z
  .object({
    $schema: z.string().optional(),
    specVersion: z.literal(1, { error: 'must be 1: this is version 1 of the governance spec' }),
    map: z
      .object({
        id: text,
        title: text,
        description: z.string().optional(),
        exportedAt: z.iso.datetime({ offset: true, error: 'is not an ISO 8601 date-time' }),
        includes: z.enum(['agreed', 'all']),
      })
      .strict(),
    footprints: z.array(footprintSchema),
    bodies: z.array(bodySchema),
    relationships: z.array(relationshipSchema),
    validation: z
      .object({ errors: z.array(findingSchema), warnings: z.array(findingSchema) })
      .strict(),
  })
  .strict();

/** A governance spec, version 1. */
export type GovernanceSpec = z.infer<typeof governanceSpecSchema>;
/** A body in a spec. */
export type SpecBody = z.infer<typeof bodySchema>;
/** A footprint in a spec. */
export type SpecFootprint = z.infer<typeof footprintSchema>;
/** A relationship in a spec. */
export type SpecRelationship = z.infer<typeof relationshipSchema>;
