import { describe, expect, it } from 'vitest';
import { buildReview } from './buildReview.ts';
import { body, footprint, rel, testSpec } from './testSpec.ts';

describe('money in the review', () => {
  const review = buildReview(
    testSpec({
      bodies: [
        body('icb-one', 'icb', { name: 'The ICB' }),
        body('council-one', 'local-authority', { name: 'The council' }),
        body('fund-one', 'pooled-fund', { name: 'The fund', fundType: 'aligned' }),
        body('trust-one', 'nhs-trust', { name: 'The trust' }),
      ],
      relationships: [
        rel('funds', 'icb-one', 'fund-one', { amountGBP: 3_000_000 }),
        rel('funds', 'council-one', 'fund-one'),
        rel('funds', 'icb-one', 'trust-one', { amountGBP: 250_000_000 }),
        rel('delegates', 'icb-one', 'council-one', { function: 'public health' }),
      ],
    }),
  );

  it('counts recorded amounts only, and says how many are missing', () => {
    expect(review.money.totalFlowingGBP).toBe(253_000_000);
    expect(review.money.flowsNotRecorded).toBe(1);
    expect(review.money.received).toEqual([
      { id: 'fund-one', name: 'The fund', totalGBP: 3_000_000, recorded: 1, notRecorded: 1 },
      { id: 'trust-one', name: 'The trust', totalGBP: 250_000_000, recorded: 1, notRecorded: 0 },
    ]);
  });

  it('reads a fund with no host and a funder with no amount', () => {
    const [fund] = review.money.pooledFunds;
    expect(fund).toMatchObject({ fundType: 'Aligned budget', hosts: [], fundedGBP: 3_000_000 });
    expect(fund?.amountGBP).toBeUndefined();
    expect(fund?.funders.map((f) => [f.name, f.amountGBP])).toEqual([
      ['The council', undefined],
      ['The ICB', 3_000_000],
    ]);
  });

  it('leaves delegations with no limit out of the limits, but not out of the delegations', () => {
    expect(review.money.delegatedLimits).toEqual([]);
    expect(review.money.totalDelegatedLimitsGBP).toBe(0);
    expect(review.delegations[0]?.delegations).toEqual([
      { id: expect.any(String), from: 'The ICB', to: 'The council', function: 'public health' },
    ]);
  });
});

describe('footprints in the review', () => {
  it('shows footprints nested in a loop once, and bodies of a missing footprint as unplaced', () => {
    const review = buildReview(
      testSpec({
        footprints: [
          { ...footprint('place-a', 'place', 'place-b'), name: 'A' },
          { ...footprint('place-b', 'place', 'place-a'), name: 'B' },
          { ...footprint('place-c', 'neighbourhood', 'place-b'), name: 'C' },
        ],
        bodies: [body('pcn-one', 'pcn', { name: 'Lost PCN', footprint: 'place-gone' })],
      }),
    );
    const [a, ...rest] = review.whoDoesWhat.footprints;
    expect(rest).toEqual([]);
    expect(a?.name).toBe('A');
    expect(a?.children.map((f) => f.name)).toEqual(['B']);
    expect(a?.children[0]?.children.map((f) => f.name)).toEqual(['C']);
    expect(review.whoDoesWhat.unplaced.map((b) => b.name)).toEqual(['Lost PCN']);
  });
});
