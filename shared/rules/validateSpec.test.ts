import { describe, expect, it, vi } from 'vitest';
import { RULE_IDS } from '../spec/specSchema.ts';
import { body, footprint, rel, subject } from './testSubject.ts';
import type { RuleSubject } from './types.ts';
import { RULES, validateSpec } from './validateSpec.ts';
import { ValidationMemo } from './validationMemo.ts';

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

describe('validateSpec with a memo of the last validation', () => {
  const broken: RuleSubject = {
    ...leedsPlace,
    relationships: leedsPlace.relationships.filter((link) => link.kind !== 'accountable-to'),
  };

  it('answers the same elements on the same date without running the rules again', () => {
    const memo = new ValidationMemo();
    const rule = vi.spyOn(RULES, 'unaccountable-body');
    const first = validateSpec(broken, { memo });
    expect(rule).toHaveBeenCalledTimes(1);
    // The same elements in new lists, as a spec built again after a move holds them.
    const again = { ...broken, bodies: [...broken.bodies] };
    expect(validateSpec(again, { memo })).toEqual(first);
    expect(rule).toHaveBeenCalledTimes(1);
    rule.mockRestore();
    expect(first).toEqual(validateSpec(broken));
  });

  it('runs the rules again for a changed element, another date or other lists', () => {
    const memo = new ValidationMemo();
    validateSpec(broken, { memo });
    const renamed = {
      ...broken,
      bodies: broken.bodies.map((one) => (one.id === place.id ? { ...one, name: 'Leeds' } : one)),
    };
    const rule = vi.spyOn(RULES, 'unaccountable-body');
    const found = validateSpec(renamed, { memo });
    expect(found.warnings.map((f) => f.message)).toContain(
      'Leeds is not accountable to any statutory body, directly or through others, so no organisation answers in law for what it does.',
    );
    expect(validateSpec(renamed, { memo, asAt: '2026-01-01' })).toEqual(
      validateSpec(renamed, { asAt: '2026-01-01' }),
    );
    const fewer = { ...renamed, bodies: renamed.bodies.slice(1) };
    expect(validateSpec(fewer, { memo })).toEqual(validateSpec(fewer));
    expect(rule).toHaveBeenCalledTimes(5);
    rule.mockRestore();
  });
});
