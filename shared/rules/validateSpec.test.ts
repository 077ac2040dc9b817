import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../spec/specSchema.ts';
import { body, footprint, rel, subject } from './testSubject.ts';
import type { RuleSubject } from './types.ts';
import { RULES, validateSpec } from './validateSpec.ts';

const system = footprint('area-westyorks', 'system');
const leedsArea = footprint('area-leedsplace', 'place', system.id);
const fn = 'Community services commissioning';
const icb = body('icb-westyorks', 'icb', {
  name: 'West Yorkshire ICB',
  footprint: system.id,
  functions: [fn],
});
const icp = body('icp-westyorks', 'icp', { name: 'West Yorkshire ICP', footprint: system.id });
const council = body('la-leedscity', 'local-authority', {
  name: 'Leeds City Council',
  tier: 'metropolitan-district',
  footprint: leedsArea.id,
});
const place = body('place-leedsplace', 'place-partnership', {
  name: 'Leeds Health and Care Partnership',
  footprint: leedsArea.id,
  governance: {
    model: 'joint-committee',
    termsOfReference: 'Leeds joint committee terms of reference, 2024',
    chair: 'ICB non-executive member',
    quorum: '4, including one from each partner',
    nonExecutiveMembers: 1,
  },
});

/** A place partnership run as a joint committee, with a delegated ICB function. */
const leedsPlace: RuleSubject = subject({
  footprints: [system, leedsArea],
  bodies: [icb, icp, council, place],
  relationships: [
    rel('member-of', icb.id, icp.id),
    rel('member-of', council.id, icp.id),
    rel('member-of', icb.id, place.id),
    rel('member-of', council.id, place.id),
    rel('delegates', icb.id, place.id, { function: fn, legalBasis: 's65z5-joint-exercise' }),
    rel('accountable-to', place.id, icb.id),
  ],
});

describe('validateSpec', () => {
  it('has a rule for every rule id', () => {
    expect(Object.keys(RULES).sort()).toEqual([...RULE_IDS].sort());
  });

  it('finds nothing wrong with a well-formed place partnership', () => {
    expect(validateSpec(leedsPlace)).toEqual({ errors: [], warnings: [] });
  });

  it('splits findings by severity, in rule order then element order, whatever the input order', () => {
    const broken: RuleSubject = {
      ...leedsPlace,
      relationships: [
        ...leedsPlace.relationships.filter((link) => link.kind !== 'accountable-to'),
        rel('delegates', council.id, place.id),
        rel('funds', icb.id, 'fund-missing'),
      ],
    };
    const result = validateSpec(broken);
    expect(result.errors.map((f) => f.rule)).toEqual([
      'delegation-without-holding',
      'dangling-relationship',
    ]);
    expect(result.errors.every((f) => f.severity === 'error')).toBe(true);
    expect(result.warnings.map((f) => [f.rule, f.elements[0]])).toEqual([
      ['unaccountable-body', place.id],
      ['delegation-removes-accountability', `${icb.id}__delegates__${place.id}`],
      ['delegation-removes-accountability', `${council.id}__delegates__${place.id}`],
    ]);
    const reversed = {
      ...broken,
      bodies: [...broken.bodies].reverse(),
      relationships: [...broken.relationships].reverse(),
    };
    expect(validateSpec(reversed)).toEqual(result);
  });
});
