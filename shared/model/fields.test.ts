import { describe, expect, it } from 'vitest';
import { BODY_KIND_INFO, BODY_KINDS, type BodyKind } from './bodyKinds.ts';
import {
  bodyFields,
  checkField,
  type FieldDef,
  FOOTPRINT_FIELDS,
  relationshipFields,
} from './fields.ts';
import { RELATIONSHIP_KINDS } from './relationshipKinds.ts';

/** The statutory column of docs/domain.md's body kinds table, written out again. */
const STATUTORY: Record<BodyKind, boolean> = {
  dhsc: true,
  'icb-cluster': false,
  'neighbourhood-provider': false,
  'nhs-england': true,
  'nhse-region': false,
  icb: true,
  icp: true,
  'place-partnership': false,
  'provider-collaborative': false,
  'nhs-trust': true,
  pcn: false,
  'gp-practice': false,
  'neighbourhood-team': false,
  'local-authority': true,
  'health-wellbeing-board': true,
  vcse: false,
  'independent-provider': false,
  committee: false,
  regulator: true,
  healthwatch: true,
  'pooled-fund': false,
};

/** The kind-specific fields of docs/domain.md, by kind. */
const OWN_FIELDS: Partial<Record<BodyKind, string[]>> = {
  'place-partnership': ['governance.model', 'leader'],
  'provider-collaborative': ['governance.model', 'scale'],
  'nhs-trust': ['sector', 'foundationTrust', 'designation', 'oversightSegment'],
  icb: ['oversightSegment'],
  icp: ['legalForm'],
  'icb-cluster': ['sharedRoles'],
  'neighbourhood-provider': ['neighbourhoodScale'],
  'local-authority': ['tier'],
  committee: ['committeeType'],
  'pooled-fund': ['fundType', 'amountGBP', 'poolManager', 'riskShare', 'betterCareFund'],
};

const COMMON = [
  'odsCode',
  'functions',
  'governance.termsOfReference',
  'governance.chair',
  'governance.quorum',
  'governance.reservedMatters',
  'governance.conflictsOfInterest',
  'governance.nonExecutiveMembers',
  'governance.reviewDate',
  'validFrom',
  'validTo',
  'notes',
];

/** A value each field type accepts, and one it refuses. */
function samples(field: FieldDef): { good: unknown; bad: unknown } {
  switch (field.type) {
    case 'text':
      if (field.key === 'odsCode') return { good: 'RR8', bad: 'not an ods code!' };
      if (field.key === 'onsCode') return { good: 'E08000035', bad: 'Leeds' };
      return { good: 'Leeds', bad: 42 };
    case 'longText':
      return { good: 'Some words.', bad: 7 };
    case 'number':
      return { good: field.key === 'oversightSegment' ? 2 : 3, bad: 'three' };
    case 'money':
      return { good: 1_250_000, bad: -5 };
    case 'boolean':
      return { good: true, bad: 'yes' };
    case 'choice':
      return { good: field.options?.[0]?.value, bad: 'not-a-choice' };
    case 'list':
      return { good: ['primary medical services commissioning'], bad: 'one string' };
    case 'date':
      return { good: '2027-04-01', bad: '1 April 2027' };
    default: {
      const unreachable: never = field.type;
      return unreachable;
    }
  }
}

describe('body kinds', () => {
  it.each(BODY_KINDS)('%s is statutory exactly as docs/domain.md says', (kind) => {
    expect(BODY_KIND_INFO[kind].statutory).toBe(STATUTORY[kind]);
    expect(BODY_KIND_INFO[kind].description.length).toBeGreaterThan(20);
  });

  it.each(BODY_KINDS)('%s has the common fields and its own', (kind) => {
    const keys = bodyFields(kind).map((f) => f.key);
    for (const key of [...COMMON, ...(OWN_FIELDS[kind] ?? [])]) expect(keys).toContain(key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('every field', () => {
  const all: FieldDef[] = [
    ...BODY_KINDS.flatMap((kind) => bodyFields(kind)),
    ...FOOTPRINT_FIELDS,
    ...RELATIONSHIP_KINDS.flatMap((kind) => relationshipFields(kind)),
  ];
  const unique = [...new Map(all.map((f) => [f.key + f.type, f])).values()];

  it.each(unique.map((f) => [f.key, f] as const))(
    '%s accepts a fitting value and refuses another',
    (_key, field) => {
      const { good, bad } = samples(field);
      expect(checkField(field, good)).toEqual({ ok: true, value: good });
      const refused = checkField(field, bad);
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.message.startsWith(field.label)).toBe(true);
      expect(field.hint.length).toBeGreaterThan(10);
    },
  );

  it('gives delegations a required function, and money fields to delegations and funds', () => {
    expect(relationshipFields('delegates').find((f) => f.key === 'function')?.required).toBe(true);
    expect(relationshipFields('delegates').map((f) => f.key)).toContain('amountGBP');
    expect(relationshipFields('funds').map((f) => f.key)).toContain('amountGBP');
    expect(relationshipFields('member-of').map((f) => f.key)).toContain('voting');
    expect(FOOTPRINT_FIELDS.find((f) => f.key === 'level')?.required).toBe(true);
  });
});
