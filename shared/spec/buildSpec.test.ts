import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setAttr, setEdgeLabel, setStatus } from '../ydoc/attrs.ts';
import { connect } from '../ydoc/edges.ts';
import { initMap } from '../ydoc/initMap.ts';
import { mapDoc } from '../ydoc/layout.ts';
import { MapReader, touchedIds } from '../ydoc/mapReader.ts';
import { addNode, moveNodes, renameNode } from '../ydoc/nodes.ts';
import { type MapSnapshot, readMap } from '../ydoc/readMap.ts';
import { buildSpec, SpecCache } from './buildSpec.ts';
import { parseSpec } from './parseSpec.ts';
import type { GovernanceSpec } from './specSchema.ts';

const origin = { kind: 'local', participantId: 'p1' } as const;
const at = { x: 0, y: 0 };
const options = { mapId: 'map-under-test', exportedAt: '2026-02-01T09:00:00.000Z' } as const;

/** A small place: a footprint, an ICB, a trust inside it, and a committee still proposed. */
function smallMap() {
  const doc = new Y.Doc();
  initMap(doc, { title: 'Leeds place', createdAt: '2026-01-01T00:00:00.000Z' });
  const system = addNode(doc, origin, {
    id: 'fp-system-wy',
    kind: 'footprint',
    label: 'West Yorkshire',
    position: at,
    attrs: { level: 'system', onsCode: 'E54000054' },
  });
  const place = addNode(doc, origin, {
    id: 'fp-place-leeds',
    kind: 'footprint',
    label: 'Leeds',
    position: at,
    parentId: system,
    attrs: { level: 'place', population: 812000, notes: '' },
  });
  const icb = addNode(doc, origin, {
    id: 'icb-west-yorks',
    kind: 'icb',
    label: 'NHS West Yorkshire ICB',
    position: at,
    parentId: system,
    attrs: {
      functions: ['acute services commissioning'],
      'governance.chair': '  ICB chair  ',
      'governance.quorum': '',
      sector: 'acute',
    },
  });
  const trust = addNode(doc, origin, {
    id: 'trust-leeds-th',
    kind: 'nhs-trust',
    label: 'Leeds Teaching Hospitals',
    position: at,
    parentId: place,
    attrs: { sector: 'acute', foundationTrust: false, odsCode: 'RR8' },
  });
  const committee = addNode(doc, origin, {
    id: 'committee-leeds',
    kind: 'committee',
    label: 'Leeds Committee',
    position: at,
    parentId: place,
  });
  const commissions = connect(doc, origin, {
    id: 'rel-icb-commissions-lth',
    kind: 'commissions',
    source: icb,
    target: trust,
  });
  const delegates = connect(doc, origin, {
    id: 'rel-icb-delegates-leeds',
    kind: 'delegates',
    source: icb,
    target: committee,
  });
  if (!commissions.ok || !delegates.ok) throw new Error('could not connect');
  setAttr(
    doc,
    origin,
    { collection: 'edges', id: delegates.id },
    'function',
    'acute services commissioning',
  );
  setAttr(doc, origin, { collection: 'edges', id: delegates.id }, 'amountGBP', 1200);
  setAttr(
    doc,
    origin,
    { collection: 'edges', id: commissions.id },
    'agreement',
    'NHS Standard Contract',
  );
  setEdgeLabel(doc, origin, commissions.id, 'buys acute care from');
  setStatus(
    doc,
    origin,
    [
      { collection: 'nodes', id: icb },
      { collection: 'nodes', id: trust },
      { collection: 'edges', id: commissions.id },
      { collection: 'edges', id: delegates.id },
    ],
    'agreed',
  );
  return { doc, ids: { system, place, icb, trust, committee, delegates: delegates.id } };
}

describe('buildSpec', () => {
  it('exports footprints, agreed bodies and relationships with their fields', () => {
    const { doc } = smallMap();
    const { spec, leftOut } = buildSpec(readMap(doc), { ...options, includes: 'agreed' });
    expect(spec.$schema).toBe('/schema/governance-spec.v2.json');
    expect(spec.specVersion).toBe(2);
    expect(spec.map).toEqual({
      id: 'map-under-test',
      title: 'Leeds place',
      exportedAt: '2026-02-01T09:00:00.000Z',
      includes: 'agreed',
    });
    expect(spec.footprints).toEqual([
      {
        id: 'fp-place-leeds',
        name: 'Leeds',
        level: 'place',
        parent: 'fp-system-wy',
        population: 812000,
      },
      { id: 'fp-system-wy', name: 'West Yorkshire', level: 'system', onsCode: 'E54000054' },
    ]);
    expect(spec.bodies).toEqual([
      {
        id: 'icb-west-yorks',
        kind: 'icb',
        name: 'NHS West Yorkshire ICB',
        footprint: 'fp-system-wy',
        statutory: true,
        status: 'agreed',
        agreedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        functions: ['acute services commissioning'],
        governance: { chair: 'ICB chair' },
      },
      {
        id: 'trust-leeds-th',
        kind: 'nhs-trust',
        name: 'Leeds Teaching Hospitals',
        footprint: 'fp-place-leeds',
        statutory: true,
        status: 'agreed',
        agreedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        odsCode: 'RR8',
        sector: 'acute',
        foundationTrust: false,
      },
    ]);
    expect(spec.relationships).toEqual([
      {
        id: 'rel-icb-commissions-lth',
        kind: 'commissions',
        from: 'icb-west-yorks',
        to: 'trust-leeds-th',
        status: 'agreed',
        agreedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        label: 'buys acute care from',
        agreement: 'NHS Standard Contract',
      },
    ]);
    expect(leftOut).toEqual([
      { id: 'committee-leeds', name: 'Leeds Committee', reason: 'still proposed' },
      {
        id: 'rel-icb-delegates-leeds',
        name: '“NHS West Yorkshire ICB” delegates to “Leeds Committee”',
        reason: 'one end was left out',
      },
    ]);
    expect(parseSpec(JSON.parse(JSON.stringify(spec)))).toMatchObject({ ok: true });
  });

  it('reports a relationship left out for its end as a dangling-relationship error', () => {
    const { doc, ids } = smallMap();
    const { spec } = buildSpec(readMap(doc), { ...options, includes: 'agreed' });
    expect(spec.validation.warnings).toEqual([]);
    expect(spec.validation.errors).toEqual([
      {
        rule: 'dangling-relationship',
        severity: 'error',
        message:
          'The relationship “NHS West Yorkshire ICB” delegates to “Leeds Committee” was left out because “Leeds Committee” is still proposed.',
        elements: [ids.delegates, ids.icb, ids.committee],
      },
    ]);
  });

  it('exports everything with includes "all", and says why disputed elements are left out', () => {
    const { doc, ids } = smallMap();
    expect(buildSpec(readMap(doc), { ...options, includes: 'all' }).spec.bodies).toHaveLength(3);
    setStatus(doc, origin, [{ collection: 'nodes', id: ids.trust }], 'disputed');
    const { leftOut, spec } = buildSpec(readMap(doc), { ...options, includes: 'agreed' });
    expect(leftOut.find((item) => item.id === ids.trust)?.reason).toBe('disputed');
    expect(spec.validation.errors.map((f) => f.message)).toContain(
      'The relationship “NHS West Yorkshire ICB” commissions “Leeds Teaching Hospitals” was left out because “Leeds Teaching Hospitals” is disputed.',
    );
  });

  it('merges the validator’s findings with the dangling ones, passing it the exported spec', () => {
    const { doc } = smallMap();
    let seen: GovernanceSpec | undefined;
    const { spec } = buildSpec(readMap(doc), {
      ...options,
      includes: 'agreed',
      description: 'For the March workshop',
      validate: (subject) => {
        seen = subject;
        return {
          errors: [],
          warnings: [
            { rule: 'no-non-executive', severity: 'warning', message: 'No NED.', elements: [] },
          ],
        };
      },
    });
    expect(seen?.bodies.map((b) => b.id)).toEqual(['icb-west-yorks', 'trust-leeds-th']);
    expect(seen?.relationships.map((r) => r.id)).toEqual(['rel-icb-commissions-lth']);
    expect(spec.map.description).toBe('For the March workshop');
    expect(spec.validation.warnings.map((f) => f.rule)).toEqual(['no-non-executive']);
    expect(spec.validation.errors.map((f) => f.rule)).toEqual(['dangling-relationship']);
  });

  it('is stable: the same map gives the same text whatever order it was drawn in', () => {
    const first = smallMap().doc;
    const second = new Y.Doc();
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
    const a = buildSpec(readMap(first), { ...options, includes: 'all' });
    const b = buildSpec(readMap(second), { ...options, includes: 'all' });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const ids = a.spec.bodies.map((body) => body.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('never exports a footprint inside itself, and names unnamed nodes', () => {
    const doc = new Y.Doc();
    addNode(doc, origin, {
      id: 'fp-loop-aaaa',
      kind: 'footprint',
      label: 'A',
      position: at,
      parentId: 'fp-loop-bbbb',
    });
    addNode(doc, origin, {
      id: 'fp-loop-bbbb',
      kind: 'footprint',
      label: '',
      position: at,
      parentId: 'fp-loop-aaaa',
      attrs: { level: 'place' },
    });
    addNode(doc, origin, {
      id: 'icb-in-loop',
      kind: 'icb',
      label: ' ',
      position: at,
      parentId: 'fp-loop-aaaa',
    });
    const { spec } = buildSpec(readMap(doc), { ...options, includes: 'all' });
    expect(spec.footprints).toEqual([
      { id: 'fp-loop-aaaa', name: 'A', level: 'system' },
      { id: 'fp-loop-bbbb', name: 'Unnamed footprint', level: 'place' },
    ]);
    expect(spec.bodies[0]).toMatchObject({
      name: 'Unnamed integrated care board',
      footprint: 'fp-loop-aaaa',
    });
    expect(parseSpec(spec)).toMatchObject({ ok: true });
  });

  it('gives a footprint without a level the level below its parent’s', () => {
    const doc = new Y.Doc();
    addNode(doc, origin, {
      id: 'fp-top-level',
      kind: 'footprint',
      label: 'WY',
      position: at,
      attrs: { level: 'system' },
    });
    addNode(doc, origin, {
      id: 'fp-no-level1',
      kind: 'footprint',
      label: 'Leeds',
      position: at,
      parentId: 'fp-top-level',
    });
    addNode(doc, origin, {
      id: 'fp-no-level2',
      kind: 'footprint',
      label: 'Morley',
      position: at,
      parentId: 'fp-no-level1',
    });
    const levels = buildSpec(readMap(doc), { ...options, includes: 'all' }).spec.footprints.map(
      (f) => f.level,
    );
    expect(levels).toEqual(['place', 'neighbourhood', 'system']);
  });

  it('leaves out a relationship to a footprint, and elements that cannot be read', () => {
    const doc = new Y.Doc();
    addNode(doc, origin, { id: 'fp-leeds-abc', kind: 'footprint', label: 'Leeds', position: at });
    addNode(doc, origin, { id: 'icb-abcdefgh', kind: 'icb', label: 'ICB', position: at });
    connect(doc, origin, {
      id: 'rel-to-area1',
      kind: 'funds',
      source: 'icb-abcdefgh',
      target: 'fp-leeds-abc',
    });
    doc.getMap('nodes').set('broken-node1', new Y.Map());
    const { spec, leftOut } = buildSpec(readMap(doc), { ...options, includes: 'all' });
    expect(spec.relationships).toEqual([]);
    expect(spec.validation.errors[0]?.message).toBe(
      'The relationship “ICB” funds “Leeds” was left out because “Leeds” is an area, not a body.',
    );
    expect(leftOut.map((item) => item.id)).toEqual(['broken-node1', 'rel-to-area1']);
    expect(leftOut[0]?.reason).toMatch(/^it could not be read/);
  });
});

describe('buildSpec with a cache', () => {
  it('builds what a build without one builds, through edits that keep records or replace them', () => {
    const { doc, ids } = smallMap();
    const { place, trust, icb } = ids;
    const reader = new MapReader(doc);
    const cache = new SpecCache();
    const build = (snapshot: MapSnapshot, withCache: boolean) =>
      buildSpec(snapshot, { ...options, includes: 'all', ...(withCache ? { cache } : {}) });
    const steps = [
      () => setAttr(doc, origin, { collection: 'nodes', id: trust }, 'cqcRating', 'good'),
      // The footprint goes alone: the trust's record is unchanged, but it is in no footprint.
      () => mapDoc(doc).nodes.delete(place),
      () => setStatus(doc, origin, [{ collection: 'nodes', id: icb }], 'disputed'),
    ];
    expect(build(reader.snapshot, true)).toEqual(build(reader.snapshot, false));
    for (const step of steps) {
      const touched = new Set<string>();
      const watch = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
        for (const id of touchedIds(events)) touched.add(id);
      };
      mapDoc(doc).nodes.observeDeep(watch);
      step();
      mapDoc(doc).nodes.unobserveDeep(watch);
      const snapshot = reader.update({ nodes: touched, edges: new Set(), meta: false });
      expect(build(snapshot, true)).toEqual(build(readMap(doc), false));
    }
  });

  it('gives the same element, the very object, for a body moved on the canvas; a new one when renamed', () => {
    const { doc, ids } = smallMap();
    const cache = new SpecCache();
    const trustOf = () =>
      buildSpec(readMap(doc), { ...options, includes: 'all', cache }).spec.bodies.find(
        (body) => body.id === ids.trust,
      );
    const before = trustOf();
    moveNodes(doc, origin, [{ id: ids.trust, position: { x: 400, y: 300 } }]);
    expect(trustOf()).toBe(before);
    renameNode(doc, origin, ids.trust, 'Leeds Teaching Hospitals NHS Trust');
    const renamed = trustOf();
    expect(renamed).not.toBe(before);
    expect(renamed?.name).toBe('Leeds Teaching Hospitals NHS Trust');
  });
});
