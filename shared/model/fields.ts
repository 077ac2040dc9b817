import { z } from 'zod';
import { BODY_KIND_INFO, type BodyKind } from './bodyKinds.ts';
import { FOOTPRINT_LEVELS } from './footprints.ts';
import { COLLABORATIVE_MODELS, COMMITTEE_TYPES, PLACE_MODELS } from './governance.ts';
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
    schema: z.enum(values, { error: 'is not one of the choices' }),
  };
}

const text = (max = 500) =>
  z.string().trim().min(1, 'is empty').max(max, `is over ${max} characters`);
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
  'combined-authority': 'Combined authority',
};
const COLLABORATIVE_SCALES = {
  'at-scale': 'At scale (horizontal, e.g. acute trusts together)',
  'at-place': 'At place (vertical, across sectors)',
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

const odsCode: FieldDef = {
  key: 'odsCode',
  label: 'ODS code',
  hint: 'The NHS Organisation Data Service code, e.g. RBL for a trust or QYG for an ICB.',
  type: 'text',
  section: 'details',
  schema: z.string().regex(/^[A-Z0-9]{3,10}$/i, 'is not an ODS code (3–10 letters or digits)'),
};
const functions: FieldDef = {
  key: 'functions',
  label: 'Functions held',
  hint: 'The functions this body holds, one per line, e.g. "primary medical services commissioning".',
  type: 'list',
  section: 'details',
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
      key: 'oversightSegment',
      label: 'Oversight segment',
      hint: 'NHS Oversight Framework segment, 1 (best) to 5.',
      type: 'number',
      section: 'details',
      schema: z
        .number({ error: 'is not a number' })
        .int('is not a whole number')
        .min(1, 'is below 1')
        .max(5, 'is above 5'),
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
  hint: 'The function delegated, e.g. "community services commissioning". It must be one the delegating body holds.',
  type: 'text',
  section: 'details',
  required: true,
  schema: text(300),
};
const legalBasis: FieldDef = {
  key: 'legalBasis',
  label: 'Legal basis',
  hint: 'The power used, e.g. "NHS Act 2006 s65Z5".',
  type: 'text',
  section: 'details',
  schema: text(300),
};
const agreement: FieldDef = {
  key: 'agreement',
  label: 'Agreement',
  hint: 'The contract or agreement, e.g. "NHS Standard Contract 2025/26".',
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
      hint: 'Does this member vote? Only some bodies may vote in a joint committee.',
      type: 'boolean',
      section: 'details',
      schema: z.boolean(),
    },
  ],
  delegates: [relFunction, legalBasis, amount('The financial limit of the delegation, in pounds.')],
  commissions: [agreement],
  subcontracts: [agreement],
  funds: [amount('How much money moves a year, in pounds.')],
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
