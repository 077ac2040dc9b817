import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GovernanceSpec } from '../specSchema.ts';
import { buildReview } from './buildReview.ts';
import type { AccountabilityNode, ReviewFootprint } from './reviewTypes.ts';
import { specOrThrow, WEST_YORKSHIRE_FIXTURE } from './testSpec.ts';

const spec: GovernanceSpec = specOrThrow(JSON.parse(readFileSync(WEST_YORKSHIRE_FIXTURE, 'utf8')));
const review = buildReview(spec);
const nameOf = (id: string) => spec.bodies.find((body) => body.id === id)?.name;
const edgesOf = (kind: string) => spec.relationships.filter((edge) => edge.kind === kind);

function allFootprints(nodes: readonly ReviewFootprint[]): ReviewFootprint[] {
  return nodes.flatMap((node) => [node, ...allFootprints(node.children)]);
}
function allNodes(nodes: readonly AccountabilityNode[]): AccountabilityNode[] {
  return nodes.flatMap((node) => [node, ...allNodes(node.children)]);
}

describe('buildReview on the West Yorkshire spec', () => {
  it('carries the title and export date', () => {
    expect(review.title).toBe('West Yorkshire integrated care system');
    expect(review.exportedAt).toBe(spec.map.exportedAt);
  });

  it('nests footprints region > system > place > neighbourhood', () => {
    const [region, ...others] = review.whoDoesWhat.footprints;
    expect(others).toEqual([]);
    expect(region?.name).toBe('North East and Yorkshire');
    const [system] = region?.children ?? [];
    expect(system?.name).toBe('West Yorkshire');
    expect(system?.children.map((place) => place.name)).toEqual([
      'Bradford District and Craven',
      'Calderdale',
      'Kirklees',
      'Leeds',
      'Wakefield',
    ]);
    const leeds = system?.children.find((place) => place.name === 'Leeds');
    expect(leeds?.children.map((n) => [n.name, n.levelLabel])).toEqual([
      ['Morley', 'Neighbourhood'],
    ]);
    expect(leeds?.children[0]?.path).toEqual([
      'North East and Yorkshire',
      'West Yorkshire',
      'Leeds',
    ]);
  });

  it('puts every body in its footprint exactly once, or among the unplaced', () => {
    const footprints = allFootprints(review.whoDoesWhat.footprints);
    expect(footprints).toHaveLength(spec.footprints.length);
    const placed = footprints.flatMap((f) => f.bodies.map((b) => b.id));
    const unplaced = review.whoDoesWhat.unplaced.map((b) => b.name);
    expect(placed.length + unplaced.length).toBe(spec.bodies.length);
    expect(new Set(placed).size).toBe(placed.length);
    expect(unplaced.sort()).toEqual(['Care Quality Commission', 'NHS England']);
    const leeds = footprints.find((f) => f.name === 'Leeds');
    expect(leeds?.bodies).toHaveLength(
      spec.bodies.filter((b) => b.footprint === 'fp-place-leeds').length,
    );
  });

  it('describes each body in words: kind, statutory, functions, governance', () => {
    const system = allFootprints(review.whoDoesWhat.footprints).find(
      (f) => f.name === 'West Yorkshire',
    );
    const icb = system?.bodies.find((b) => b.name === 'NHS West Yorkshire Integrated Care Board');
    expect(icb).toMatchObject({ kindLabel: 'Integrated care board', statutory: true });
    expect(icb?.functions).toContain('primary medical services commissioning');
    const leeds = allFootprints(review.whoDoesWhat.footprints).find((f) => f.name === 'Leeds');
    const partnership = leeds?.bodies.find((b) => b.name === 'Leeds Health and Care Partnership');
    expect(partnership).toMatchObject({ statutory: false, governance: 'ICB committee' });
  });

  it('builds the accountability tree from accountable-to edges, with no loops', () => {
    const { roots, cycles, unlinked } = review.accountability;
    expect(roots.map((root) => root.name)).toEqual(['Leeds City Council', 'NHS England']);
    expect(cycles).toEqual([]);
    // Every accountable-to edge appears once as a parent → child step.
    const steps = allNodes(roots).flatMap((node) => node.children.map((c) => `${c.id}>${node.id}`));
    expect(steps.sort()).toEqual(
      edgesOf('accountable-to')
        .map((e) => `${e.from}>${e.to}`)
        .sort(),
    );
    const icb = allNodes(roots).find((n) => n.name === 'NHS West Yorkshire Integrated Care Board');
    expect(icb?.children).toHaveLength(
      edgesOf('accountable-to').filter((e) => e.to === icb?.id).length,
    );
    const linked = new Set(edgesOf('accountable-to').flatMap((e) => [e.from, e.to]));
    expect(unlinked).toHaveLength(spec.bodies.length - linked.size);
  });

  it('lists every funds edge by name, and its totals add up', () => {
    const funds = edgesOf('funds');
    const { money } = review;
    expect(money.flows).toHaveLength(funds.length);
    expect(money.flows.map((f) => f.from).sort()).toEqual(funds.map((e) => nameOf(e.from)).sort());
    const total = funds.reduce((sum, e) => sum + (e.amountGBP ?? 0), 0);
    expect(money.totalFlowingGBP).toBe(total);
    expect(money.totalFlowingGBP).toBe(95_000_000);
    for (const received of money.received) {
      const into = funds.filter((e) => e.to === received.id);
      expect(received.totalGBP).toBe(into.reduce((sum, e) => sum + (e.amountGBP ?? 0), 0));
      expect(received.name).toBe(nameOf(received.id));
    }
    expect(money.received.reduce((sum, r) => sum + r.totalGBP, 0)).toBe(total);
  });

  it('shows the pooled fund with its type, amount, host and funders', () => {
    expect(review.money.pooledFunds).toEqual([
      {
        id: 'fund-leeds-bcf',
        name: 'Leeds Better Care Fund',
        fundType: 'Section 75 pooled budget',
        amountGBP: 95_000_000,
        hosts: ['Leeds City Council'],
        funders: [
          { id: expect.any(String), name: 'Leeds City Council', amountGBP: 20_000_000 },
          {
            id: expect.any(String),
            name: 'NHS West Yorkshire Integrated Care Board',
            amountGBP: 75_000_000,
          },
        ],
        fundedGBP: 95_000_000,
      },
    ]);
  });

  it('totals the delegated financial limits', () => {
    const limited = edgesOf('delegates').filter((e) => e.amountGBP !== undefined);
    expect(review.money.delegatedLimits).toHaveLength(limited.length);
    expect(review.money.totalDelegatedLimitsGBP).toBe(
      limited.reduce((sum, e) => sum + (e.amountGBP ?? 0), 0),
    );
    expect(review.money.totalDelegatedLimitsGBP).toBe(1_560_000_000);
  });

  it('groups delegations by the delegating body, in names', () => {
    expect(review.delegations).toHaveLength(new Set(edgesOf('delegates').map((e) => e.from)).size);
    const [icb] = review.delegations;
    expect(icb?.from).toBe('NHS West Yorkshire Integrated Care Board');
    expect(icb?.delegations.map((d) => [d.to, d.function, d.legalBasis])).toEqual([
      [
        'Leeds Committee of the West Yorkshire ICB',
        'Leeds place health services commissioning',
        'ICB constitution / scheme of reservation and delegation',
      ],
      [
        'West Yorkshire Mental Health Joint Committee',
        'adult secure mental health services commissioning',
        'Joint exercise of functions (NHS Act 2006 s65Z5)',
      ],
    ]);
  });

  it('never shows an id where a name belongs', () => {
    const text = JSON.stringify(review, (key, value) => (key === 'id' ? undefined : value));
    for (const id of [...spec.footprints, ...spec.bodies, ...spec.relationships].map(
      (element) => element.id,
    )) {
      expect(text).not.toContain(`"${id}"`);
    }
  });
});
