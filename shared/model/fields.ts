import { z } from 'zod';
import { BODY_KIND_INFO, type BodyKind } from './bodyKinds.ts';
import { FOOTPRINT_LEVELS } from './footprints.ts';
import { CATALOGUE_FUNCTION_IDS, FUNCTION_CATALOGUE } from './functionCatalogue.ts';
import { COLLABORATIVE_MODELS, COMMITTEE_TYPES, PLACE_MODELS } from './governance.ts';
import { LEGAL_BASES, LEGAL_BASIS_IDS } from './legalBasis.ts';
import type { RelationshipKind } from './relationshipKinds.ts';

/** How a field is edited and shown. */
export type FieldType =
  | 'text'
  | 'longText'
  | 'number'
  | 'money'
  | 'boolean'
  | 'choice'
  | 'list'
  | 'date';

/** One choice of a `choice` field. */
export interface FieldOption {
  value: string;
  label: string;
  /** More about a suggestion, shown beside it (who holds a catalogue function). */
  detail?: string;
}

/**
 * One attribute of a body, footprint or relationship. `key` is where it lives in the element's
 * `attrs` map; keys are flat ("governance.chair") so that two people editing different fields
 * of one element never overwrite each other.
 */
export interface FieldDef {
  key: string;
  label: string;
  hint: string;
  type: FieldType;
  section: 'details' | 'governance' | 'notes';
  options?: readonly FieldOption[];
  /** Values to offer for a free-text field (the function catalogue); others are allowed. */
  suggestions?: readonly FieldOption[];
  required?: boolean;
  schema: z.ZodType;
}

function options(record: Record<string, string | { label: string }>): FieldOption[] {
  return Object.entries(record).map(([value, label]) => ({
    value,
    label: typeof label === 'string' ? label : label.label,
  }));
}

function choice(record: Record<string, string | { label: string }>) {
  const values = Object.keys(record) as [string, ...string[]];
  return {
    options: options(record),
    schema: z.enum(values, {
      error: (issue) =>
        `is ${JSON.stringify(issue.input) ?? 'missing'}, which is not one of: ${values.join(', ')}`,
    }),
  };
}

// A regex, not trim().min(1): JSON Schema cannot trim, and the spec's JSON Schema must refuse
// exactly what this refuses (docs/spec.md, "JSON Schema").
const text = (max = 500) =>
  z.string().max(max, `is over ${max} characters`).regex(/\S/, 'is empty');
const list = z.array(text(300)).max(200, 'has over 200 entries');
const isoDate = z.iso.date({ error: 'is not a date (YYYY-MM-DD)' });
const money = z.number({ error: 'is not a number' }).finite().nonnegative('is negative');

const TRUST_SECTORS = {
  acute: 'Acute',
  'mental-health': 'Mental health',
  community: 'Community',
  ambulance: 'Ambulance',
  specialist: 'Specialist',
  combined: 'Combined',
};
const LA_TIERS = {
  county: 'County council',
  unitary: 'Unitary authority',
  'metropolitan-district': 'Metropolitan district',
  'london-borough': 'London borough',
  district: 'District council (lower tier)',
  'combined-authority': 'Combined authority (strategic authority)',
  'mayoral-strategic-authority': 'Mayoral strategic authority',
  'foundation-strategic-authority': 'Foundation strategic authority',
};
const COLLABORATIVE_SCALES = {
  'at-scale': 'At scale (horizontal, e.g. acute trusts together)',
  'at-place': 'At place (vertical, across sectors)',
};
const TRUST_DESIGNATIONS = {
  'advanced-foundation-trust': 'Advanced foundation trust',
  'integrated-health-organisation': 'Integrated health organisation (IHO)',
};
const NEIGHBOURHOOD_SCALES = {
  'single-neighbourhood': 'Single-neighbourhood provider (about 50,000 people)',
  'multi-neighbourhood': 'Multi-neighbourhood provider (about 250,000 people)',
};
const ICP_LEGAL_FORMS = {
  'statutory-joint-committee': 'Statutory joint committee of the ICB and upper-tier councils',
  'non-statutory': 'Non-statutory partnership (no longer required by law)',
};
const CONTRACT_TYPES = {
  iho: 'Integrated health organisation contract',
  'multi-neighbourhood': 'Multi-neighbourhood provider contract',
  'single-neighbourhood': 'Single-neighbourhood provider contract',
  gms: 'General Medical Services (GMS)',
  pms: 'Personal Medical Services (PMS)',
  apms: 'Alternative Provider Medical Services (APMS)',
  'nhs-standard-contract': 'NHS Standard Contract',
};
const FUND_TYPES = {
  s75: 'Section 75 pooled budget',
  s65z6: 'Section 65Z6 joint fund',
  delegated: 'Delegated budget',
  aligned: 'Aligned budget',
};

/** Every council tier, with names. */
export const LOCAL_AUTHORITY_TIERS = LA_TIERS;
/** Every trust sector, with names. */
export const NHS_TRUST_SECTORS = TRUST_SECTORS;
/** Trust designations of the 10 Year Health Plan, with names. */
export const NHS_TRUST_DESIGNATIONS = TRUST_DESIGNATIONS;
/** Neighbourhood provider scales, with names. */
export const NEIGHBOURHOOD_PROVIDER_SCALES = NEIGHBOURHOOD_SCALES;
/** The legal forms an ICP can take, with names. */
export const ICP_LEGAL_FORM_NAMES = ICP_LEGAL_FORMS;
/** Contract types of `commissions`, with names. */
export const CONTRACT_TYPE_NAMES = CONTRACT_TYPES;
/** Pooled fund types, with names. */
export const FUND_TYPE_NAMES = FUND_TYPES;

/** The function catalogue as choices to suggest. */
const FUNCTION_SUGGESTIONS: FieldOption[] = CATALOGUE_FUNCTION_IDS.map((value) => ({
  value,
  label: FUNCTION_CATALOGUE[value].label,
  detail: FUNCTION_CATALOGUE[value].heldBy,
}));

const oversightSegment: FieldDef = {
  key: 'oversightSegment',
  label: 'Oversight segment',
  hint: 'NHS Oversight Framework segment, 1 (best) to 5 (intensive support).',
  type: 'number',
  section: 'details',
  schema: z
    .number({ error: 'is not a number' })
    .int('is not a whole number')
    .min(1, 'is below 1')
    .max(5, 'is above 5'),
};

const odsCode: FieldDef = {
  key: 'odsCode',
  label: 'ODS code',
  hint: 'The NHS Organisation Data Service code, e.g. RBL for a trust or QYG for an ICB.',
  type: 'text',
  section: 'details',
  // Spelled out, not /i: JSON Schema patterns carry no flags.
  schema: z.string().regex(/^[A-Za-z0-9]{3,10}$/, 'is not an ODS code (3–10 letters or digits)'),
};
const functions: FieldDef = {
  key: 'functions',
  label: 'Functions held',
  hint: 'The functions this body holds, one per line: one of the catalogue (e.g. "Primary medical services commissioning") or your own words.',
  type: 'list',
  section: 'details',
  suggestions: FUNCTION_SUGGESTIONS,
  schema: list,
};
const validFrom: FieldDef = {
  key: 'validFrom',
  label: 'Valid from',
  hint: 'When this starts to apply, for structures that are changing.',
  type: 'date',
  section: 'notes',
  schema: isoDate,
};
const validTo: FieldDef = {
  key: 'validTo',
  label: 'Valid to',
  hint: 'When this stops applying, e.g. the date of a merger.',
  type: 'date',
  section: 'notes',
  schema: isoDate,
};
const notes: FieldDef = {
  key: 'notes',
  label: 'Notes',
  hint: 'Anything the room should remember about this.',
  type: 'longText',
  section: 'notes',
  schema: z.string().max(5000, 'is over 5000 characters'),
};

const GOVERNANCE: FieldDef[] = [
  {
    key: 'governance.termsOfReference',
    label: 'Terms of reference',
    hint: 'Where the terms of reference are (a link or document reference). Needed for any body that takes delegated decisions.',
    type: 'text',
    section: 'governance',
    schema: text(1000),
  },
  {
    key: 'governance.chair',
    label: 'Chair',
    hint: 'Who chairs it (a role, e.g. "ICB non-executive member").',
    type: 'text',
    section: 'governance',
    schema: text(),
  },
  {
    key: 'governance.quorum',
    label: 'Quorum',
    hint: 'How many members must be present to decide, e.g. "4, including 1 from each partner".',
    type: 'text',
    section: 'governance',
    schema: text(),
  },
  {
    key: 'governance.reservedMatters',
    label: 'Reserved matters',
    hint: 'Decisions kept by the parent bodies, one per line.',
    type: 'list',
    section: 'governance',
    schema: list,
  },
  {
    key: 'governance.conflictsOfInterest',
    label: 'Conflicts of interest',
    hint: 'How conflicts of interest are declared and managed.',
    type: 'longText',
    section: 'governance',
    schema: text(5000),
  },
  {
    key: 'governance.nonExecutiveMembers',
    label: 'Non-executive members',
    hint: 'How many non-executive members sit on it (at least 1 for a decision-making committee of statutory bodies).',
    type: 'number',
    section: 'governance',
    schema: z.number({ error: 'is not a number' }).int('is not a whole number').min(0).max(100),
  },
  {
    key: 'governance.reviewDate',
    label: 'Review date',
    hint: 'When these arrangements are next reviewed.',
    type: 'date',
    section: 'governance',
    schema: isoDate,
  },
];

function governanceModel(models: Record<string, { label: string; delegation: string }>): FieldDef {
  return {
    key: 'governance.model',
    label: 'Governance model',
    hint: 'How it takes decisions. This decides whether functions can be delegated to it.',
    type: 'choice',
    section: 'governance',
    ...choice(models),
  };
}

const KIND_FIELDS: Partial<Record<BodyKind, FieldDef[]>> = {
  'place-partnership': [
    governanceModel(PLACE_MODELS),
    {
      key: 'leader',
      label: 'Place leader',
      hint: 'Who leads the partnership (a role or name).',
      type: 'text',
      section: 'details',
      schema: text(),
    },
  ],
  'provider-collaborative': [
    governanceModel(COLLABORATIVE_MODELS),
    {
      key: 'scale',
      label: 'Scale',
      hint: 'At scale: similar providers across a system. At place: different providers in one place.',
      type: 'choice',
      section: 'details',
      ...choice(COLLABORATIVE_SCALES),
    },
  ],
  'nhs-trust': [
    {
      key: 'sector',
      label: 'Sector',
      hint: 'What kind of services the trust mainly provides.',
      type: 'choice',
      section: 'details',
      ...choice(TRUST_SECTORS),
    },
    {
      key: 'foundationTrust',
      label: 'Foundation trust',
      hint: 'Foundation trusts have members and a council of governors.',
      type: 'boolean',
      section: 'details',
      schema: z.boolean(),
    },
    {
      key: 'designation',
      label: 'Designation',
      hint: 'Advanced foundation trust or integrated health organisation (10 Year Health Plan): an IHO holds a whole population’s health budget under contract.',
      type: 'choice',
      section: 'details',
      ...choice(TRUST_DESIGNATIONS),
    },
    oversightSegment,
  ],
  icb: [oversightSegment],
  'icb-cluster': [
    {
      key: 'sharedRoles',
      label: 'Shared roles',
      hint: 'What the ICBs share, one per line, e.g. "Joint chair", "Joint chief executive". Each ICB keeps its own board.',
      type: 'list',
      section: 'details',
      schema: list,
    },
  ],
  icp: [
    {
      key: 'legalForm',
      label: 'Legal form',
      hint: 'Under the 2022 Act an ICP is a statutory joint committee of the ICB and the upper-tier councils, which must be members.',
      type: 'choice',
      section: 'details',
      ...choice(ICP_LEGAL_FORMS),
    },
  ],
  'neighbourhood-provider': [
    {
      key: 'neighbourhoodScale',
      label: 'Scale',
      hint: 'A single-neighbourhood provider serves about 50,000 people; a multi-neighbourhood provider about 250,000.',
      type: 'choice',
      section: 'details',
      ...choice(NEIGHBOURHOOD_SCALES),
    },
  ],
  'local-authority': [
    {
      key: 'tier',
      label: 'Tier',
      hint: 'Upper-tier councils (all but districts) hold social care and public health.',
      type: 'choice',
      section: 'details',
      ...choice(LA_TIERS),
    },
  ],
  committee: [
    {
      key: 'committeeType',
      label: 'Committee type',
      hint: 'Advisory groups and consultative forums cannot take delegated decisions.',
      type: 'choice',
      section: 'details',
      ...choice(COMMITTEE_TYPES),
    },
  ],
  'pooled-fund': [
    {
      key: 'fundType',
      label: 'Fund type',
      hint: 'The legal basis of the pool.',
      type: 'choice',
      section: 'details',
      ...choice(FUND_TYPES),
    },
    {
      key: 'amountGBP',
      label: 'Amount (£)',
      hint: 'The size of the fund in pounds a year.',
      type: 'money',
      section: 'details',
      schema: money,
    },
    {
      key: 'poolManager',
      label: 'Pool manager',
      hint: 'Who manages the pool for the partners (a role in the host), e.g. "Director of adult social services".',
      type: 'text',
      section: 'details',
      schema: text(),
    },
    {
      key: 'riskShare',
      label: 'Risk share',
      hint: 'How overspends and underspends are shared between the partners.',
      type: 'longText',
      section: 'details',
      schema: text(5000),
    },
    {
      key: 'betterCareFund',
      label: 'Better Care Fund',
      hint: 'Is this the Better Care Fund pool? Its plan is approved by the health and wellbeing board.',
      type: 'boolean',
      section: 'details',
      schema: z.boolean(),
    },
  ],
};

/** The fields of a body of this kind, in the order the inspector shows them. */
export function bodyFields(kind: BodyKind): FieldDef[] {
  const own = KIND_FIELDS[kind] ?? [];
  const governance = [...own.filter((f) => f.section === 'governance'), ...GOVERNANCE];
  return [
    odsCode,
    ...own.filter((f) => f.section !== 'governance'),
    functions,
    ...governance,
    validFrom,
    validTo,
    notes,
  ];
}

/** The fields of a footprint. */
export const FOOTPRINT_FIELDS: readonly FieldDef[] = [
  {
    key: 'level',
    label: 'Level',
    hint: 'Region, system (an ICB area), place (usually one council area) or neighbourhood.',
    type: 'choice',
    section: 'details',
    required: true,
    ...choice(FOOTPRINT_LEVELS),
  },
  {
    key: 'onsCode',
    label: 'ONS code',
    hint: 'The Office for National Statistics code, e.g. E54000054 for an ICB area or E08000035 for Leeds.',
    type: 'text',
    section: 'details',
    schema: z.string().regex(/^[EWSN]\d{8}$/, 'is not an ONS code (a letter and 8 digits)'),
  },
  {
    key: 'population',
    label: 'Population',
    hint: 'How many people live in the footprint.',
    type: 'number',
    section: 'details',
    schema: z
      .number({ error: 'is not a number' })
      .int('is not a whole number')
      .min(0, 'is negative'),
  },
  notes,
];

const relFunction: FieldDef = {
  key: 'function',
  label: 'Function',
  hint: 'The function delegated: one of the catalogue or your own words. It must be one the delegating body holds.',
  type: 'text',
  section: 'details',
  required: true,
  suggestions: FUNCTION_SUGGESTIONS,
  schema: text(300),
};
const legalBasisOptions = (on: 'delegates' | 'funds') =>
  choice(
    Object.fromEntries(
      LEGAL_BASIS_IDS.filter((id) => (LEGAL_BASES[id].on as readonly string[]).includes(on)).map(
        (id) => [id, LEGAL_BASES[id].label],
      ),
    ),
  );
const legalBasis = (on: 'delegates' | 'funds'): FieldDef => ({
  key: 'legalBasis',
  label: 'Legal basis',
  hint:
    on === 'delegates'
      ? 'The power used: s65Z5 for NHS bodies, s75 between the NHS and a council, s101 for a council, the ICB’s constitution inside an ICB.'
      : 'The power the pool is made under: s75 (NHS and councils, the Better Care Fund) or s65Z6.',
  type: 'choice',
  section: 'details',
  ...legalBasisOptions(on),
});
const agreement: FieldDef = {
  key: 'agreement',
  label: 'Agreement',
  hint: 'The contract or agreement, e.g. "Delegation Agreement 2025/26" or "NHS Standard Contract 2025/26".',
  type: 'text',
  section: 'details',
  schema: text(300),
};
const amount = (hint: string): FieldDef => ({
  key: 'amountGBP',
  label: 'Amount (£)',
  hint,
  type: 'money',
  section: 'details',
  schema: money,
});

const RELATIONSHIP_FIELDS: Partial<Record<RelationshipKind, FieldDef[]>> = {
  'member-of': [
    {
      key: 'voting',
      label: 'Voting member',
      hint: 'Does this member vote?',
      type: 'boolean',
      section: 'details',
      schema: z.boolean(),
    },
    {
      key: 'party',
      label: 'Party to the arrangement',
      hint: 'Is this body a party (one whose functions the joint committee exercises)? Parties must be NHS bodies or local authorities; other members may attend or vote if the terms of reference allow.',
      type: 'boolean',
      section: 'details',
      schema: z.boolean(),
    },
  ],
  delegates: [
    relFunction,
    legalBasis('delegates'),
    agreement,
    {
      key: 'reservedFunctions',
      label: 'Reserved functions',
      hint: 'What the delegating body keeps, one per line.',
      type: 'list',
      section: 'details',
      schema: list,
    },
    {
      key: 'onwardDelegation',
      label: 'Onward delegation permitted',
      hint: 'May the receiving body hand the function on again (to a committee or another body)?',
      type: 'boolean',
      section: 'details',
      schema: z.boolean(),
    },
    {
      key: 'accountableCommissioner',
      label: 'Accountable commissioner',
      hint: 'Who stays accountable in law, e.g. "NHS England" for delegated specialised services.',
      type: 'text',
      section: 'details',
      schema: text(300),
    },
    amount('The financial limit of the delegation, in pounds.'),
  ],
  commissions: [
    {
      key: 'contractType',
      label: 'Contract type',
      hint: 'The kind of contract: an IHO or neighbourhood provider contract, GMS/PMS/APMS for general practice, or the NHS Standard Contract.',
      type: 'choice',
      section: 'details',
      ...choice(CONTRACT_TYPES),
    },
    agreement,
  ],
  subcontracts: [agreement],
  funds: [amount('How much money moves a year, in pounds.'), legalBasis('funds')],
  'shares-data': [agreement],
};

/** The fields of a relationship of this kind. */
export function relationshipFields(kind: RelationshipKind): FieldDef[] {
  return [...(RELATIONSHIP_FIELDS[kind] ?? []), validFrom, validTo, notes];
}

/** The fields of a node of any kind. */
export function nodeFields(kind: BodyKind | 'footprint'): readonly FieldDef[] {
  return kind === 'footprint' ? FOOTPRINT_FIELDS : bodyFields(kind);
}

/** Checks one value for a field: the value to store, or why it cannot be stored. */
export function checkField(
  field: FieldDef,
  value: unknown,
): { ok: true; value: unknown } | { ok: false; message: string } {
  const parsed = field.schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    message: `${field.label} ${parsed.error.issues[0]?.message ?? 'is not valid'}`,
  };
}

/** True when a body of this kind is statutory (holds functions and money in law). */
export function isStatutory(kind: BodyKind): boolean {
  return BODY_KIND_INFO[kind].statutory;
}
