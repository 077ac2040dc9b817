import { z } from 'zod';
import { BODY_KINDS } from '../model/bodyKinds.ts';
import { FOOTPRINT_LEVEL_IDS } from '../model/footprints.ts';
import { GOVERNANCE_MODEL_IDS } from '../model/governance.ts';
import { ELEMENT_ID_PATTERN } from '../model/ids.ts';
import { LEGAL_BASIS_IDS } from '../model/legalBasis.ts';
import { MAX_LABEL_LENGTH, MAX_TITLE_LENGTH } from '../model/limits.ts';
import { RELATIONSHIP_KINDS } from '../model/relationshipKinds.ts';
import { ELEMENT_STATUSES } from '../model/status.ts';

/** The version of the governance spec this code writes (docs/spec.md). */
export const SPEC_VERSION = 2;

/** Where the JSON Schema of the current spec version is served, and the `$schema` it names. */
export const GOVERNANCE_SPEC_SCHEMA_ID = '/schema/governance-spec.v2.json';

/** The stable ids of the validation rules (docs/domain.md, "Validation rules"). */
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
  'legal-basis-fits',
  'reform-in-force',
  'dangling-relationship',
  'invalid-endpoints',
] as const;

/** A validation rule's stable id. */
export type RuleId = (typeof RULE_IDS)[number];

/** An element id: the author's own (docs/spec.md, "Ids"). */
export const elementIdSchema = z
  .string()
  .regex(ELEMENT_ID_PATTERN, 'is not an id (1–128 letters, digits, ".", "_", ":" or "-")');
// A regex, not trim().min(1): it keeps "   " out in the JSON Schema too (which cannot trim).
const text = z.string().regex(/\S/, 'is empty');
/** A name or label: at most MAX_LABEL_LENGTH characters, not blank. */
export const nameSchema = z
  .string()
  .max(MAX_LABEL_LENGTH, `is over ${MAX_LABEL_LENGTH} characters`)
  .regex(/\S/, 'is empty');
const isoDate = z.iso.date({ error: 'is not a date (YYYY-MM-DD)' });
const money = z.number().finite().nonnegative();
/** When an element was agreed (ISO 8601 date-time with offset). */
export const agreedAtSchema = z.iso.datetime({
  offset: true,
  error: 'is not a date and time (ISO 8601)',
});

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

/** The derived findings block: written on export, optional on import. */
export const validationSchema = z
  .object({ errors: z.array(findingSchema), warnings: z.array(findingSchema) })
  .strict();

/** The `map` block of a spec. */
export const mapInfoSchema = z
  .object({
    id: text,
    title: text.max(MAX_TITLE_LENGTH, `is over ${MAX_TITLE_LENGTH} characters`),
    description: z.string().optional(),
    exportedAt: z.iso.datetime({ offset: true, error: 'is not an ISO 8601 date-time' }),
    includes: z.enum(['agreed', 'all']),
  })
  .strict();

// The wide shapes below give the TypeScript types every reader uses (`body.sector?`). What
// import accepts is stricter and per kind: see kindSchemas.ts, built from the field registry.

const footprintShape = z.object({
  id: elementIdSchema,
  name: nameSchema,
  level: z.enum(FOOTPRINT_LEVEL_IDS),
  parent: elementIdSchema.optional(),
  onsCode: z.string().optional(),
  population: z.number().int().nonnegative().optional(),
  notes: z.string().optional(),
});

const governanceShape = z.object({
  model: z.enum(GOVERNANCE_MODEL_IDS).optional(),
  termsOfReference: text.optional(),
  chair: text.optional(),
  quorum: text.optional(),
  reservedMatters: z.array(text).optional(),
  conflictsOfInterest: text.optional(),
  nonExecutiveMembers: z.number().int().nonnegative().optional(),
  reviewDate: isoDate.optional(),
});

const bodyShape = z.object({
  id: elementIdSchema,
  kind: z.enum(BODY_KINDS),
  name: nameSchema,
  footprint: elementIdSchema.optional(),
  statutory: z.boolean(),
  odsCode: z.string().optional(),
  status: z.enum(ELEMENT_STATUSES),
  agreedAt: agreedAtSchema.optional(),
  tally: tallySpecSchema.optional(),
  leader: text.optional(),
  scale: z.enum(['at-scale', 'at-place']).optional(),
  sector: z
    .enum(['acute', 'mental-health', 'community', 'ambulance', 'specialist', 'combined'])
    .optional(),
  foundationTrust: z.boolean().optional(),
  designation: z.enum(['advanced-foundation-trust', 'integrated-health-organisation']).optional(),
  oversightSegment: z.number().int().min(1).max(5).optional(),
  tier: z
    .enum([
      'county',
      'unitary',
      'metropolitan-district',
      'london-borough',
      'district',
      'combined-authority',
      'mayoral-strategic-authority',
      'foundation-strategic-authority',
    ])
    .optional(),
  committeeType: z
    .enum([
      'board-committee',
      'joint-committee',
      'committee-in-common',
      'advisory-group',
      'consultative-forum',
    ])
    .optional(),
  legalForm: z.enum(['statutory-joint-committee', 'non-statutory']).optional(),
  neighbourhoodScale: z.enum(['single-neighbourhood', 'multi-neighbourhood']).optional(),
  sharedRoles: z.array(text).optional(),
  fundType: z.enum(['s75', 's65z6', 'delegated', 'aligned']).optional(),
  amountGBP: money.optional(),
  poolManager: text.optional(),
  riskShare: text.optional(),
  betterCareFund: z.boolean().optional(),
  functions: z.array(text).optional(),
  governance: governanceShape.optional(),
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  notes: z.string().optional(),
});

const relationshipShape = z.object({
  id: elementIdSchema,
  kind: z.enum(RELATIONSHIP_KINDS),
  from: elementIdSchema,
  to: elementIdSchema,
  status: z.enum(ELEMENT_STATUSES),
  agreedAt: agreedAtSchema.optional(),
  tally: tallySpecSchema.optional(),
  label: nameSchema.optional(),
  function: text.optional(),
  legalBasis: z.enum(LEGAL_BASIS_IDS).optional(),
  amountGBP: money.optional(),
  agreement: text.optional(),
  reservedFunctions: z.array(text).optional(),
  onwardDelegation: z.boolean().optional(),
  accountableCommissioner: text.optional(),
  contractType: z
    .enum([
      'iho',
      'multi-neighbourhood',
      'single-neighbourhood',
      'gms',
      'pms',
      'apms',
      'nhs-standard-contract',
    ])
    .optional(),
  voting: z.boolean().optional(),
  party: z.boolean().optional(),
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  notes: z.string().optional(),
});

const specShape = z.object({
  $schema: z.string().optional(),
  specVersion: z.literal(SPEC_VERSION),
  map: mapInfoSchema,
  footprints: z.array(footprintShape),
  bodies: z.array(bodyShape),
  relationships: z.array(relationshipShape),
  validation: validationSchema,
});

/** A governance spec, version 2, as read: the export of a map. */
export type GovernanceSpec = z.infer<typeof specShape>;
/** A body in a spec. */
export type SpecBody = z.infer<typeof bodyShape>;
/** A footprint in a spec. */
export type SpecFootprint = z.infer<typeof footprintShape>;
/** A relationship in a spec. */
export type SpecRelationship = z.infer<typeof relationshipShape>;
