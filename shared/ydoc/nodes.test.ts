import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connect } from './edges.ts';
import { mapDoc } from './layout.ts';
import {
  addFootprintAround,
  addNode,
  deleteElements,
  moveNodes,
  nudgeNodes,
  renameNode,
} from './nodes.ts';
import { readMap } from './readMap.ts';

const origin = { kind: 'local', participantId: 'p1' } as const;

function icb(doc: Y.Doc, label = 'West Yorkshire ICB') {
  return addNode(doc, origin, { kind: 'icb', label, position: { x: 10, y: 20 } });
}

describe('addNode', () => {
  it('adds a proposed node with its fields and an empty attrs map', () => {
    const doc = new Y.Doc();
    const id = icb(doc);
    const { nodes } = readMap(doc);
    expect(nodes).toEqual([
      {
        id,
        kind: 'icb',
        label: 'West Yorkshire ICB',
        position: { x: 10, y: 20 },
        status: 'proposed',
        attrs: {},
      },
    ]);
    expect(mapDoc(doc).nodes.get(id)?.get('attrs')).toBeInstanceOf(Y.Map);
  });

  it('writes the whole node in one transaction', () => {
    const doc = new Y.Doc();
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    icb(doc);
    expect(transactions).toBe(1);
  });
});

describe('moveNodes', () => {
  it('moves several nodes in one transaction', () => {
    const doc = new Y.Doc();
    const a = icb(doc, 'A');
    const b = icb(doc, 'B');
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    moveNodes(doc, origin, [
      { id: a, position: { x: 100, y: 100 } },
      { id: b, position: { x: 200, y: 50 } },
    ]);
    expect(transactions).toBe(1);
    const byId = new Map(readMap(doc).nodes.map((n) => [n.id, n.position]));
    expect(byId.get(a)).toEqual({ x: 100, y: 100 });
    expect(byId.get(b)).toEqual({ x: 200, y: 50 });
  });

  it('ignores ids that are not on the map', () => {
    const doc = new Y.Doc();
    moveNodes(doc, origin, [{ id: 'missing-node', position: { x: 1, y: 1 } }]);
    expect(readMap(doc).nodes).toEqual([]);
  });
});

describe('nudgeNodes', () => {
  const right = { to: (from: { x: number; y: number }) => ({ x: from.x + 10, y: from.y }) };

  function footprint(doc: Y.Doc, position = { x: 100, y: 100 }) {
    return addNode(doc, origin, {
      kind: 'footprint',
      label: 'Leeds Place',
      position,
      size: { w: 400, h: 300 },
    });
  }

  it('steps from where the doc has the node, each call a full step', () => {
    const doc = new Y.Doc();
    const a = icb(doc, 'A');
    nudgeNodes(doc, origin, [a], right);
    nudgeNodes(doc, origin, [a], right);
    expect(mapDoc(doc).nodes.get(a)?.get('position')).toEqual({ x: 30, y: 20 });
  });

  it('moves a footprint and not again the bodies it carries', () => {
    const doc = new Y.Doc();
    const place = footprint(doc);
    const trust = addNode(doc, origin, {
      kind: 'nhs-trust',
      label: 'Trust',
      position: { x: 20, y: 30 },
      parentId: place,
    });
    nudgeNodes(doc, origin, [place, trust], right);
    expect(mapDoc(doc).nodes.get(place)?.get('position')).toEqual({ x: 110, y: 100 });
    expect(mapDoc(doc).nodes.get(trust)?.get('position')).toEqual({ x: 20, y: 30 });
  });

  it('moves a body into the footprint it is moved over, relative to it, and out again', () => {
    const doc = new Y.Doc();
    const place = footprint(doc);
    const a = icb(doc, 'A');
    nudgeNodes(doc, origin, [a], {
      to: (from) => ({ x: from.x + 100, y: from.y + 100 }),
      footprintAt: () => place,
    });
    const element = mapDoc(doc).nodes.get(a);
    expect(element?.get('parentId')).toBe(place);
    expect(element?.get('position')).toEqual({ x: 10, y: 20 });
    nudgeNodes(doc, origin, [a], { ...right, footprintAt: () => null });
    expect(element?.get('parentId')).toBeUndefined();
    expect(element?.get('position')).toEqual({ x: 120, y: 120 });
  });
});

describe('addFootprintAround', () => {
  it('adds a footprint and takes the bodies in, relative to it, in one undo step', () => {
    const doc = new Y.Doc();
    const a = icb(doc, 'A');
    const undo = new Y.UndoManager(mapDoc(doc).nodes, { trackedOrigins: new Set([origin]) });
    const place = addFootprintAround(
      doc,
      origin,
      { kind: 'footprint', label: 'Place', position: { x: -30, y: 0 }, size: { w: 400, h: 300 } },
      [{ id: a, absolute: { x: 10, y: 20 } }],
    );
    expect(mapDoc(doc).nodes.get(a)?.get('parentId')).toBe(place);
    expect(mapDoc(doc).nodes.get(a)?.get('position')).toEqual({ x: 40, y: 20 });
    undo.undo();
    expect(mapDoc(doc).nodes.has(place)).toBe(false);
    expect(mapDoc(doc).nodes.get(a)?.get('parentId')).toBeUndefined();
    expect(mapDoc(doc).nodes.get(a)?.get('position')).toEqual({ x: 10, y: 20 });
  });
});

describe('renameNode', () => {
  it('trims the new name and refuses a blank one', () => {
    const doc = new Y.Doc();
    const id = icb(doc);
    expect(renameNode(doc, origin, id, '  Leeds Place  ')).toBe(true);
    expect(readMap(doc).nodes[0]?.label).toBe('Leeds Place');
    expect(renameNode(doc, origin, id, '   ')).toBe(false);
    expect(readMap(doc).nodes[0]?.label).toBe('Leeds Place');
  });
});

describe('connect', () => {
  it('adds a proposed edge between two nodes', () => {
    const doc = new Y.Doc();
    const a = icb(doc, 'A');
    const b = icb(doc, 'B');
    const result = connect(doc, origin, { kind: 'accountable-to', source: a, target: b });
    expect(result.ok).toBe(true);
    expect(readMap(doc).edges).toMatchObject([
      { kind: 'accountable-to', source: a, target: b, status: 'proposed' },
    ]);
  });

  it('refuses a self-loop and a missing end, with a reason', () => {
    const doc = new Y.Doc();
    const a = icb(doc, 'A');
    expect(connect(doc, origin, { kind: 'funds', source: a, target: a })).toEqual({
      ok: false,
      reason: 'A body cannot have a relationship with itself.',
    });
    const missing = connect(doc, origin, { kind: 'funds', source: a, target: 'nobody-here' });
    expect(missing.ok).toBe(false);
    expect(readMap(doc).edges).toEqual([]);
  });
});

describe('deleteElements', () => {
  it('deletes a node with its edges and the nodes inside it, in one transaction', () => {
    const doc = new Y.Doc();
    const place = addNode(doc, origin, {
      kind: 'footprint',
      label: 'Leeds',
      position: { x: 0, y: 0 },
    });
    const inside = addNode(doc, origin, {
      kind: 'pcn',
      label: 'Central PCN',
      position: { x: 5, y: 5 },
      parentId: place,
    });
    const outside = icb(doc);
    connect(doc, origin, { kind: 'accountable-to', source: inside, target: outside });
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    deleteElements(doc, origin, { nodeIds: [place] });
    expect(transactions).toBe(1);
    const map = readMap(doc);
    expect(map.nodes.map((n) => n.id)).toEqual([outside]);
    expect(map.edges).toEqual([]);
  });

  it('deletes just an edge', () => {
    const doc = new Y.Doc();
    const a = icb(doc, 'A');
    const b = icb(doc, 'B');
    const edge = connect(doc, origin, { kind: 'funds', source: a, target: b });
    if (!edge.ok) throw new Error(edge.reason);
    deleteElements(doc, origin, { edgeIds: [edge.id] });
    expect(readMap(doc).edges).toEqual([]);
    expect(readMap(doc).nodes).toHaveLength(2);
  });
});
