import { describe, expect, it } from 'vitest';
import type { MapSnapshot } from '../ydoc/readMap.ts';
import type { EdgeRecord, NodeRecord } from '../ydoc/schema.ts';
import { changesById, diffSnapshots, type ElementDiff, type FieldChange } from './diffSnapshots.ts';

function node(id: string, fields: Partial<NodeRecord> = {}): NodeRecord {
  return {
    id,
    kind: 'nhs-trust',
    label: id,
    position: { x: 0, y: 0 },
    status: 'proposed',
    attrs: {},
    ...fields,
  };
}

function edge(id: string, source: string, target: string, fields: Partial<EdgeRecord> = {}) {
  const record: EdgeRecord = {
    id,
    kind: 'accountable-to',
    source,
    target,
    status: 'proposed',
    attrs: {},
    ...fields,
  };
  return record;
}

function snapshot(
  nodes: NodeRecord[],
  edges: EdgeRecord[] = [],
  more: Partial<MapSnapshot> = {},
): MapSnapshot {
  return { title: 'Leeds', nodes, edges, invalid: [], fieldProblems: [], ...more };
}

/** The changes of the one changed element, in order. */
function fieldsOf(before: MapSnapshot, after: MapSnapshot): FieldChange[] {
  const { elements } = diffSnapshots(before, after);
  expect(elements).toHaveLength(1);
  expect(elements[0]?.change).toBe('changed');
  return elements[0]?.fields ?? [];
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const ICB = 'icb-west-yorkshire';
const TRUST = 'trust-leeds-teaching';
const LA = 'la-leeds-council';

describe('diffSnapshots', () => {
  it('finds nothing between a map and itself', () => {
    const map = snapshot(
      [node(ICB, { kind: 'icb', label: 'WY ICB', attrs: { notes: 'x' } }), node(TRUST)],
      [edge('edge-trust-icb', TRUST, ICB)],
    );
    const diff = diffSnapshots(map, structuredClone(map));
    expect(diff).toEqual({ map: [], elements: [], counts: { added: 0, removed: 0, changed: 0 } });
  });

  it('sorts added, removed and changed elements, bodies before relationships, by name', () => {
    const before = snapshot(
      [
        node(ICB, { kind: 'icb', label: 'WY ICB' }),
        node(TRUST, { label: 'Leeds Teaching' }),
        node('trust-bradford', { label: 'Bradford Teaching' }),
      ],
      [edge('edge-bradford-icb', 'trust-bradford', ICB), edge('edge-trust-icb', TRUST, ICB)],
    );
    const after = snapshot(
      [
        node(ICB, { kind: 'icb', label: 'West Yorkshire ICB' }),
        node(TRUST, { label: 'Leeds Teaching' }),
        node('pcn-zeta-000', { kind: 'pcn', label: 'Zeta PCN' }),
        node('pcn-alpha-00', { kind: 'pcn', label: 'Alpha PCN' }),
      ],
      [edge('edge-trust-icb', TRUST, ICB), edge('edge-alpha-icb', 'pcn-alpha-00', ICB)],
    );
    const diff = diffSnapshots(before, after);
    expect(diff.elements.map((e) => [e.change, e.collection, e.name])).toEqual([
      ['added', 'nodes', 'Alpha PCN'],
      ['added', 'nodes', 'Zeta PCN'],
      ['added', 'edges', 'Alpha PCN — accountable to — West Yorkshire ICB'],
      ['removed', 'nodes', 'Bradford Teaching'],
      // A removed relationship is named as it was, with the names it had.
      ['removed', 'edges', 'Bradford Teaching — accountable to — WY ICB'],
      ['changed', 'nodes', 'West Yorkshire ICB'],
    ]);
    expect(diff.counts).toEqual({ added: 3, removed: 2, changed: 1 });
    expect(changesById(diff)).toEqual(
      new Map([
        ['pcn-alpha-00', 'added'],
        ['pcn-zeta-000', 'added'],
        ['edge-alpha-icb', 'added'],
        ['trust-bradford', 'removed'],
        ['edge-bradford-icb', 'removed'],
        [ICB, 'changed'],
      ]),
    );
    // The records travel with the entries: ghosts are drawn from `before`.
    const removed = diff.elements.find((e) => e.id === 'trust-bradford');
    expect(removed).toMatchObject({
      before: { label: 'Bradford Teaching' },
      kindLabel: 'NHS trust',
    });
    expect(removed?.after).toBeUndefined();
    const added = diff.elements.find((e) => e.id === 'pcn-alpha-00');
    expect(added).toMatchObject({
      after: { label: 'Alpha PCN' },
      kindLabel: 'Primary care network',
    });
    expect(added?.before).toBeUndefined();
    const changed = diff.elements.find((e) => e.id === ICB) as ElementDiff;
    expect(changed.before?.label).toBe('WY ICB');
    expect(changed.after?.label).toBe('West Yorkshire ICB');
  });

  it('reports a rename, kind and status change with the words people use', () => {
    const before = snapshot([node(ICB, { kind: 'icb', label: 'WY ICB' })]);
    const after = snapshot([
      node(ICB, { kind: 'committee', label: 'West Yorkshire ICB', status: 'disputed' }),
    ]);
    expect(fieldsOf(before, after)).toEqual([
      { type: 'value', key: 'label', label: 'Name', before: 'WY ICB', after: 'West Yorkshire ICB' },
      {
        type: 'value',
        key: 'kind',
        label: 'Kind',
        before: 'Integrated care board',
        after: 'Committee',
      },
      { type: 'value', key: 'status', label: 'Status', before: 'Proposed', after: 'Disputed' },
    ]);
  });

  it('names each attribute by its registry label and shows values as people read them', () => {
    const before = snapshot([
      node(LA, {
        kind: 'local-authority',
        label: 'Leeds City Council',
        attrs: {
          tier: 'metropolitan-district',
          'governance.chair': 'Leader of the council',
          functions: ['public health'],
          validFrom: '2025-04-01',
          notes: 'Old note',
          futureField: 3,
        },
      }),
    ]);
    const after = snapshot([
      node(LA, {
        kind: 'local-authority',
        label: 'Leeds City Council',
        attrs: {
          tier: 'unitary',
          'governance.chair': 'Chief executive',
          functions: ['public health', 'social care'],
          validFrom: '2026-01-15',
          odsCode: '602',
          futureField: 4,
        },
      }),
    ]);
    expect(fieldsOf(before, after)).toEqual([
      { type: 'value', key: 'attrs.odsCode', label: 'ODS code', before: null, after: '602' },
      {
        type: 'value',
        key: 'attrs.tier',
        label: expect.any(String),
        before: 'Metropolitan district',
        after: 'Unitary authority',
      },
      {
        type: 'value',
        key: 'attrs.functions',
        label: 'Functions held',
        before: 'public health',
        after: 'public health; social care',
      },
      {
        type: 'value',
        key: 'attrs.governance.chair',
        label: 'Chair',
        before: 'Leader of the council',
        after: 'Chief executive',
      },
      {
        type: 'value',
        key: 'attrs.validFrom',
        label: 'Valid from',
        before: '1 April 2025',
        after: '15 January 2026',
      },
      { type: 'value', key: 'attrs.notes', label: 'Notes', before: 'Old note', after: null },
      // A key no field knows (a newer client's) is still reported, by its key.
      { type: 'value', key: 'attrs.futureField', label: 'futureField', before: '3', after: '4' },
    ]);
  });

  it('shows money, yes/no and relationship fields of an edge', () => {
    const nodes = [node(ICB, { kind: 'icb' }), node(TRUST), node(LA, { kind: 'local-authority' })];
    const before = snapshot(nodes, [
      edge('edge-icb-trust-funds', ICB, TRUST, { kind: 'funds', attrs: { amountGBP: 1200000 } }),
      edge('edge-la-icb-member', LA, ICB, { kind: 'member-of', attrs: { voting: true } }),
    ]);
    const after = snapshot(nodes, [
      edge('edge-icb-trust-funds', ICB, TRUST, { kind: 'funds', attrs: { amountGBP: 1350000.5 } }),
      edge('edge-la-icb-member', LA, ICB, { kind: 'member-of', attrs: { voting: false } }),
    ]);
    const { elements } = diffSnapshots(before, after);
    expect(elements.map((e) => [e.name, e.kindLabel, e.fields])).toEqual([
      [
        `${ICB} — funds — ${TRUST}`,
        'Relationship',
        [
          {
            type: 'value',
            key: 'attrs.amountGBP',
            label: 'Amount (£)',
            before: '£1,200,000',
            after: '£1,350,000.5',
          },
        ],
      ],
      [
        `${LA} — member of — ${ICB}`,
        'Relationship',
        [
          {
            type: 'value',
            key: 'attrs.voting',
            label: 'Voting member',
            before: 'Yes',
            after: 'No',
          },
        ],
      ],
    ]);
  });

  it('reports new ends, label and kind of a relationship by the bodies’ names', () => {
    const nodes = [
      node(ICB, { kind: 'icb', label: 'WY ICB' }),
      node(TRUST, { label: 'Leeds Teaching' }),
      node(LA, { kind: 'local-authority', label: 'Leeds City Council' }),
    ];
    const before = snapshot(nodes, [edge('edge-one-0001', TRUST, ICB)]);
    const after = snapshot(nodes, [
      edge('edge-one-0001', LA, TRUST, { kind: 'commissions', label: 'Public health' }),
    ]);
    expect(fieldsOf(before, after)).toEqual([
      { type: 'value', key: 'kind', label: 'Kind', before: 'accountable to', after: 'commissions' },
      {
        type: 'value',
        key: 'source',
        label: 'From',
        before: 'Leeds Teaching',
        after: 'Leeds City Council',
      },
      { type: 'value', key: 'target', label: 'To', before: 'WY ICB', after: 'Leeds Teaching' },
      { type: 'value', key: 'label', label: 'Label', before: null, after: 'Public health' },
    ]);
  });

  it('does not report a relationship whose end was only renamed', () => {
    const before = snapshot(
      [node(ICB, { label: 'WY ICB' }), node(TRUST)],
      [edge('edge-one-0001', TRUST, ICB)],
    );
    const after = snapshot(
      [node(ICB, { label: 'West Yorkshire ICB' }), node(TRUST)],
      [edge('edge-one-0001', TRUST, ICB)],
    );
    const diff = diffSnapshots(before, after);
    expect(diff.elements.map((e) => e.id)).toEqual([ICB]);
  });

  it('reports when an element was agreed and its last vote', () => {
    const before = snapshot([node(ICB)]);
    const after = snapshot([
      node(ICB, {
        status: 'agreed',
        agreedAt: '2026-01-15T10:30:00.000Z',
        tally: { agree: 7, disagree: 1, abstain: 2 },
      }),
    ]);
    expect(fieldsOf(before, after)).toEqual([
      { type: 'value', key: 'status', label: 'Status', before: 'Proposed', after: 'Agreed' },
      {
        type: 'value',
        key: 'agreedAt',
        label: 'Agreed on',
        before: null,
        after: '15 January 2026, 10:30',
      },
      {
        type: 'value',
        key: 'tally',
        label: 'Last vote',
        before: null,
        after: '7 agree, 1 disagree, 2 abstain',
      },
    ]);
    // The same tally in another key order is no change.
    const again = snapshot([
      node(ICB, {
        status: 'agreed',
        agreedAt: '2026-01-15T10:30:00.000Z',
        tally: { abstain: 2, disagree: 1, agree: 7 },
      }),
    ]);
    expect(diffSnapshots(after, again).elements).toEqual([]);
  });

  it('reports a move or resize as one change, and ignores rounding', () => {
    const place = (fields: Partial<NodeRecord>) =>
      snapshot([
        node('footprint-leeds', {
          kind: 'footprint',
          label: 'Leeds',
          attrs: { level: 'place' },
          size: { w: 640, h: 420 },
          ...fields,
        }),
      ]);
    const base = place({});
    expect(diffSnapshots(base, place({ position: { x: 0.2, y: -0.3 } })).elements).toEqual([]);
    expect(fieldsOf(base, place({ position: { x: 120, y: 0 } }))).toEqual([
      { type: 'layout', key: 'layout', label: 'Moved' },
    ]);
    expect(fieldsOf(base, place({ size: { w: 700, h: 420 } }))).toEqual([
      { type: 'layout', key: 'layout', label: 'Resized' },
    ]);
    expect(fieldsOf(base, place({ position: { x: 5, y: 5 }, size: { w: 700, h: 500 } }))).toEqual([
      { type: 'layout', key: 'layout', label: 'Moved and resized' },
    ]);
    expect(fieldsOf(base, place({ size: undefined }))).toEqual([
      { type: 'layout', key: 'layout', label: 'Resized' },
    ]);
  });

  it('judges moves by where things are drawn: moving a footprint does not move its bodies', () => {
    const footprint = (x: number) =>
      node('footprint-leeds', {
        kind: 'footprint',
        label: 'Leeds place',
        position: { x, y: 0 },
        attrs: { level: 'place' },
      });
    const inside = node(TRUST, { parentId: 'footprint-leeds', position: { x: 40, y: 60 } });
    const diff = diffSnapshots(
      snapshot([footprint(0), inside]),
      snapshot([footprint(300), inside]),
    );
    expect(diff.elements.map((e) => [e.id, e.fields])).toEqual([
      ['footprint-leeds', [{ type: 'layout', key: 'layout', label: 'Moved' }]],
    ]);
    expect(diff.elements[0]?.kindLabel).toBe('Place footprint');
  });

  it('reports a body taken into a footprint as a footprint change, not a move, when it stays put', () => {
    const leeds = node('footprint-leeds', {
      kind: 'footprint',
      label: 'Leeds place',
      position: { x: 100, y: 100 },
      attrs: { level: 'place' },
    });
    const wakefield = node('footprint-wake', {
      kind: 'footprint',
      label: 'Wakefield place',
      position: { x: 900, y: 100 },
      attrs: { level: 'place' },
    });
    const outside = node(TRUST, { position: { x: 140, y: 160 } });
    const inLeeds = node(TRUST, { parentId: 'footprint-leeds', position: { x: 40, y: 60 } });
    expect(fieldsOf(snapshot([leeds, outside]), snapshot([leeds, inLeeds]))).toEqual([
      { type: 'value', key: 'parent', label: 'Footprint', before: null, after: 'Leeds place' },
    ]);
    const inWakefield = node(TRUST, { parentId: 'footprint-wake', position: { x: 40, y: 60 } });
    expect(
      fieldsOf(snapshot([leeds, wakefield, inLeeds]), snapshot([leeds, wakefield, inWakefield])),
    ).toEqual([
      {
        type: 'value',
        key: 'parent',
        label: 'Footprint',
        before: 'Leeds place',
        after: 'Wakefield place',
      },
      { type: 'layout', key: 'layout', label: 'Moved' },
    ]);
  });

  it('reports a footprint’s new level once, as its level, and numbers as people write them', () => {
    const before = snapshot([
      node('footprint-leeds', {
        kind: 'footprint',
        label: 'Leeds',
        attrs: { level: 'place', population: 812000 },
      }),
    ]);
    const after = snapshot([
      node('footprint-leeds', {
        kind: 'footprint',
        label: 'Leeds',
        attrs: { level: 'system', population: 2400000 },
      }),
    ]);
    const { elements } = diffSnapshots(before, after);
    expect(elements[0]?.kindLabel).toBe('System footprint');
    expect(elements[0]?.fields).toEqual([
      { type: 'value', key: 'attrs.level', label: 'Level', before: 'Place', after: 'System' },
      {
        type: 'value',
        key: 'attrs.population',
        label: 'Population',
        before: '812,000',
        after: '2,400,000',
      },
    ]);
  });

  it('treats empty and unset values alike', () => {
    const before = snapshot([node(ICB, { attrs: { notes: '', functions: [] } })]);
    const after = snapshot([node(ICB, { attrs: {} })]);
    expect(diffSnapshots(before, after).elements).toEqual([]);
  });

  it('leaves out elements that cannot be read on one side instead of calling them added or removed', () => {
    const unreadable = {
      id: TRUST,
      collection: 'nodes' as const,
      problems: [{ path: '$.kind', message: 'bad' }],
    };
    const before = snapshot([node(ICB), node(TRUST)]);
    const after = snapshot([node(ICB)], [], { invalid: [unreadable] });
    expect(diffSnapshots(before, after).elements).toEqual([]);
    expect(diffSnapshots(after, before).elements).toEqual([]);
  });

  it('names unnamed bodies by their kind', () => {
    const diff = diffSnapshots(snapshot([]), snapshot([node(ICB, { kind: 'icb', label: '  ' })]));
    expect(diff.elements[0]?.name).toBe('Unnamed integrated care board');
  });

  it('reports the map’s title and description', () => {
    const before = snapshot([], [], { title: 'Leeds' });
    const after = snapshot([], [], { title: 'Leeds place', description: 'Draft for March' });
    expect(diffSnapshots(before, after).map).toEqual([
      { type: 'value', key: 'title', label: 'Title', before: 'Leeds', after: 'Leeds place' },
      {
        type: 'value',
        key: 'description',
        label: 'Description',
        before: null,
        after: 'Draft for March',
      },
    ]);
  });

  it('changes neither snapshot', () => {
    const before = deepFreeze(
      snapshot(
        [node(ICB, { attrs: { notes: 'a' } }), node(TRUST)],
        [edge('edge-a-00001', TRUST, ICB)],
      ),
    );
    const after = deepFreeze(
      snapshot([node(ICB, { attrs: { notes: 'b' }, position: { x: 9, y: 9 } })]),
    );
    expect(() => diffSnapshots(before, after)).not.toThrow();
    expect(diffSnapshots(before, after).counts).toEqual({ added: 0, removed: 2, changed: 1 });
  });
});
