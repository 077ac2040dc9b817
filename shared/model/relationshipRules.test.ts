import { describe, expect, it } from 'vitest';
import { BODY_KIND_INFO, BODY_KINDS, type BodyKind } from './bodyKinds.ts';
import { RELATIONSHIP_KINDS } from './relationshipKinds.ts';
import { relationshipChoices, relationshipFits } from './relationshipRules.ts';

/** Expected ends for every kind, written out independently of the implementation's table. */
const fits: Array<[string, BodyKind, BodyKind, boolean]> = [
  ['member-of', 'nhs-trust', 'provider-collaborative', true],
  ['member-of', 'icb', 'icp', true],
  ['member-of', 'gp-practice', 'pcn', true],
  ['member-of', 'nhs-trust', 'icb', false],
  ['accountable-to', 'pcn', 'icb', true],
  ['accountable-to', 'vcse', 'gp-practice', true],
  ['delegates', 'icb', 'committee', true],
  ['delegates', 'committee', 'place-partnership', true],
  ['delegates', 'local-authority', 'nhs-trust', true],
  ['delegates', 'place-partnership', 'committee', true],
  ['delegates', 'pcn', 'gp-practice', false],
  ['delegates', 'icb', 'gp-practice', false],
  ['delegates', 'icb', 'pcn', false],
  ['delegates', 'icb', 'vcse', false],
  ['delegates', 'icb', 'icp', false],
  ['delegates', 'local-authority', 'independent-provider', false],
  ['delegates', 'dhsc', 'icb', true],
  ['delegates', 'nhs-england', 'icb', true],
  ['delegates', 'local-authority', 'health-wellbeing-board', true],
  ['delegates', 'regulator', 'icb', false],
  ['commissions', 'icb', 'nhs-trust', true],
  ['commissions', 'local-authority', 'vcse', true],
  ['commissions', 'nhs-england', 'gp-practice', true],
  ['commissions', 'gp-practice', 'nhs-trust', false],
  ['commissions', 'icb', 'local-authority', false],
  ['subcontracts', 'nhs-trust', 'independent-provider', true],
  ['subcontracts', 'icb', 'nhs-trust', false],
  ['funds', 'icb', 'pooled-fund', true],
  ['funds', 'local-authority', 'vcse', true],
  ['hosts', 'local-authority', 'pooled-fund', true],
  ['hosts', 'nhs-trust', 'provider-collaborative', true],
  ['hosts', 'icb', 'nhs-trust', false],
  ['shares-data', 'gp-practice', 'local-authority', true],
  ['oversees', 'nhs-england', 'icb', true],
  ['oversees', 'icb', 'nhs-trust', false],
  ['oversees', 'icb', 'gp-practice', true],
  ['oversees', 'nhse-region', 'gp-practice', false],
  ['oversees', 'dhsc', 'nhs-trust', true],
  ['oversees', 'nhse-region', 'nhs-trust', true],
  ['oversees', 'icb', 'local-authority', false],
  ['oversees', 'nhs-trust', 'nhs-trust', false],
  ['assesses', 'regulator', 'nhs-trust', true],
  ['assesses', 'regulator', 'gp-practice', true],
  ['assesses', 'icb', 'nhs-trust', false],
  ['scrutinises', 'local-authority', 'nhs-trust', true],
  ['scrutinises', 'health-wellbeing-board', 'icb', false],
  ['scrutinises', 'local-authority', 'vcse', false],
  ['scrutinises', 'icb', 'nhs-trust', false],
  ['nominates', 'local-authority', 'icb', true],
  ['nominates', 'vcse', 'icp', true],
  ['nominates', 'nhs-trust', 'pcn', false],
  ['member-of', 'icb', 'health-wellbeing-board', true],
  ['member-of', 'icb', 'icb-cluster', true],
  ['member-of', 'nhs-trust', 'icb-cluster', false],
  ['approves', 'health-wellbeing-board', 'pooled-fund', true],
  ['approves', 'local-authority', 'pooled-fund', false],
  ['succeeded-by', 'icb', 'icb', true],
  ['succeeded-by', 'icb', 'nhs-trust', false],
  ['succeeded-by', 'nhs-england', 'dhsc', true],
  ['succeeded-by', 'healthwatch', 'icb', true],
  ['succeeded-by', 'healthwatch', 'local-authority', true],
  ['succeeded-by', 'healthwatch', 'vcse', false],
  ['member-of', 'local-authority', 'icb', true],
  ['member-of', 'vcse', 'icb', false],
  ['commissions', 'icb', 'neighbourhood-provider', true],
];

describe('relationshipFits', () => {
  it.each(fits)('%s from %s to %s: %s', (kind, from, to, expected) => {
    const fit = relationshipFits(kind as (typeof RELATIONSHIP_KINDS)[number], from, to);
    expect(fit.ok).toBe(expected);
    if (!fit.ok) expect(fit.reason).toMatch(/^“.+” cannot (start|end) at an? .+: .+\.$/);
    if (!fit.ok && kind === 'delegates' && from === 'icb') expect(fit.reason).toMatch(/s65Z5/);
  });

  it('covers every relationship kind in the cases above', () => {
    expect(new Set(fits.map(([kind]) => kind))).toEqual(new Set(RELATIONSHIP_KINDS));
  });

  it('explains a refusal in plain words', () => {
    expect(relationshipFits('commissions', 'gp-practice', 'nhs-trust')).toEqual({
      ok: false,
      reason:
        '“Commissions” cannot start at a GP practice: only DHSC, NHS England, an ICB or a local authority commissions services.',
    });
  });

  it('refuses footprints at either end', () => {
    for (const kind of RELATIONSHIP_KINDS) {
      expect(relationshipFits(kind, 'footprint', 'icb').ok).toBe(false);
      expect(relationshipFits(kind, 'icb', 'footprint').ok).toBe(false);
    }
  });

  it('lets only bodies that hold functions in law, and committees, delegate (s65Z5, s101)', () => {
    const allowed = [
      'dhsc',
      'nhs-england',
      'icb',
      'nhs-trust',
      'local-authority',
      'committee',
      'health-wellbeing-board',
      'place-partnership',
      'provider-collaborative',
    ];
    for (const kind of BODY_KINDS) {
      expect(relationshipFits('delegates', kind, 'committee').ok).toBe(allowed.includes(kind));
    }
    expect(BODY_KIND_INFO.healthwatch.statutory).toBe(true);
  });
});

describe('relationshipChoices', () => {
  it('lists every kind, the fitting ones and the refused ones with reasons', () => {
    const choices = relationshipChoices('icb', 'nhs-trust');
    expect(choices).toHaveLength(RELATIONSHIP_KINDS.length);
    const fitting = choices.filter((c) => c.fit.ok).map((c) => c.kind);
    expect(fitting).toEqual(['accountable-to', 'delegates', 'commissions', 'funds', 'shares-data']);
  });
});
