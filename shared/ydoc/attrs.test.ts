import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setAttr, setEdgeLabel, setStatus } from './attrs.ts';
import { connect } from './edges.ts';
import { mapDoc } from './layout.ts';
import { addNode, placeNodes } from './nodes.ts';
import { readMap } from './readMap.ts';

const origin = { kind: 'local', participantId: 'p1' } as const;

function trust(doc: Y.Doc) {
  return addNode(doc, origin, {
    kind: 'nhs-trust',
    label: 'Leeds Teaching',
    position: { x: 0, y: 0 },
  });
}

describe('setAttr', () => {
  it('stores a value that fits its field, and clears it when emptied', () => {
    const doc = new Y.Doc();
    const id = trust(doc);
    const ref = { collection: 'nodes', id } as const;
    expect(setAttr(doc, origin, ref, 'sector', 'acute')).toEqual({ ok: true });
    expect(setAttr(doc, origin, ref, 'foundationTrust', true)).toEqual({ ok: true });
    expect(setAttr(doc, origin, ref, 'governance.chair', 'Trust chair')).toEqual({ ok: true });
    expect(readMap(doc).nodes[0]?.attrs).toEqual({
      sector: 'acute',
      foundationTrust: true,
      'governance.chair': 'Trust chair',
    });
    setAttr(doc, origin, ref, 'governance.chair', '');
    expect(readMap(doc).nodes[0]?.attrs).not.toHaveProperty('governance.chair');
  });

  it('refuses a value that does not fit, a field the kind lacks, and a missing element', () => {
    const doc = new Y.Doc();
    const id = trust(doc);
    const ref = { collection: 'nodes', id } as const;
    expect(setAttr(doc, origin, ref, 'sector', 'banana')).toEqual({
      ok: false,
      message:
        'Sector is "banana", which is not one of: acute, mental-health, community, ambulance, specialist, combined',
    });
    expect(setAttr(doc, origin, ref, 'oversightSegment', 7)).toMatchObject({ ok: false });
    expect(setAttr(doc, origin, ref, 'tier', 'county')).toMatchObject({ ok: false });
    expect(
      setAttr(doc, origin, { collection: 'nodes', id: 'gone-away' }, 'notes', 'x'),
    ).toMatchObject({
      ok: false,
    });
    expect(readMap(doc).nodes[0]?.attrs).toEqual({});
  });

  it('refuses to clear a required field', () => {
    const doc = new Y.Doc();
    const a = addNode(doc, origin, { kind: 'icb', label: 'ICB', position: { x: 0, y: 0 } });
    const b = addNode(doc, origin, { kind: 'committee', label: 'C', position: { x: 0, y: 0 } });
    const edge = connect(doc, origin, { kind: 'delegates', source: a, target: b });
    if (!edge.ok) throw new Error(edge.reason);
    const ref = { collection: 'edges', id: edge.id } as const;
    expect(setAttr(doc, origin, ref, 'function', 'community services')).toEqual({ ok: true });
    expect(setAttr(doc, origin, ref, 'function', '')).toEqual({
      ok: false,
      message: 'Function is required.',
    });
  });

  it('keeps concurrent edits of different fields of one body', () => {
    const alice = new Y.Doc();
    const id = trust(alice);
    const bob = new Y.Doc();
    Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice));
    setAttr(alice, origin, { collection: 'nodes', id }, 'sector', 'mental-health');
    setAttr(bob, origin, { collection: 'nodes', id }, 'governance.quorum', '4');
    Y.applyUpdate(alice, Y.encodeStateAsUpdate(bob));
    Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice));
    for (const doc of [alice, bob]) {
      expect(readMap(doc).nodes[0]?.attrs).toEqual({
        sector: 'mental-health',
        'governance.quorum': '4',
      });
    }
  });
});

describe('reading attributes', () => {
  it('drops a value that does not fit its field and reports it, keeping the body', () => {
    const doc = new Y.Doc();
    const id = trust(doc);
    const attrs = mapDoc(doc).nodes.get(id)?.get('attrs');
    if (!(attrs instanceof Y.Map)) throw new Error('a new body has an attrs map');
    attrs.set('sector', 'banana');
    const map = readMap(doc);
    expect(map.nodes[0]?.attrs).toEqual({});
    expect(map.fieldProblems).toEqual([
      {
        id,
        collection: 'nodes',
        problems: [
          {
            path: '$.attrs["sector"]',
            message:
              'Sector is "banana", which is not one of: acute, mental-health, community, ambulance, specialist, combined',
          },
        ],
      },
    ]);
  });
});

describe('setStatus and setEdgeLabel', () => {
  it('sets the status of several elements in one step', () => {
    const doc = new Y.Doc();
    const a = trust(doc);
    const b = trust(doc);
    let steps = 0;
    doc.on('afterTransaction', () => steps++);
    setStatus(
      doc,
      origin,
      [
        { collection: 'nodes', id: a },
        { collection: 'nodes', id: b },
      ],
      'agreed',
    );
    expect(steps).toBe(1);
    expect(readMap(doc).nodes.map((n) => n.status)).toEqual(['agreed', 'agreed']);
  });

  it('labels a relationship and clears the label', () => {
    const doc = new Y.Doc();
    const edge = connect(doc, origin, { kind: 'funds', source: trust(doc), target: trust(doc) });
    if (!edge.ok) throw new Error(edge.reason);
    setEdgeLabel(doc, origin, edge.id, ' Better Care Fund ');
    expect(readMap(doc).edges[0]?.label).toBe('Better Care Fund');
    setEdgeLabel(doc, origin, edge.id, '');
    expect(readMap(doc).edges[0]?.label).toBeUndefined();
  });
});

describe('placeNodes', () => {
  it('moves a body into a footprint and out again, never a footprint into itself', () => {
    const doc = new Y.Doc();
    const place = addNode(doc, origin, {
      kind: 'footprint',
      label: 'Leeds',
      position: { x: 0, y: 0 },
      attrs: { level: 'place' },
    });
    const neighbourhood = addNode(doc, origin, {
      kind: 'footprint',
      label: 'Central',
      position: { x: 10, y: 10 },
      parentId: place,
      attrs: { level: 'neighbourhood' },
    });
    const id = trust(doc);
    placeNodes(doc, origin, [{ id, position: { x: 20, y: 30 }, parentId: place }]);
    expect(readMap(doc).nodes.find((n) => n.id === id)).toMatchObject({
      parentId: place,
      position: { x: 20, y: 30 },
    });
    placeNodes(doc, origin, [{ id: place, position: { x: 0, y: 0 }, parentId: neighbourhood }]);
    expect(readMap(doc).nodes.find((n) => n.id === place)?.parentId).toBeUndefined();
    placeNodes(doc, origin, [{ id, position: { x: 5, y: 5 }, parentId: null }]);
    expect(readMap(doc).nodes.find((n) => n.id === id)?.parentId).toBeUndefined();
    placeNodes(doc, origin, [{ id, position: { x: 5, y: 5 }, parentId: id }]);
    expect(readMap(doc).nodes.find((n) => n.id === id)?.parentId).toBeUndefined();
  });

  it('resizes a footprint', () => {
    const doc = new Y.Doc();
    const place = addNode(doc, origin, {
      kind: 'footprint',
      label: 'Leeds',
      position: { x: 0, y: 0 },
      size: { w: 600, h: 400 },
      attrs: { level: 'place' },
    });
    placeNodes(doc, origin, [{ id: place, position: { x: -10, y: 0 }, size: { w: 800, h: 500 } }]);
    expect(readMap(doc).nodes[0]).toMatchObject({
      size: { w: 800, h: 500 },
      position: { x: -10, y: 0 },
    });
  });
});
