import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connect } from './edges.ts';
import { mapDoc } from './layout.ts';
import { addNode, deleteElements, moveNodes, nudgeNodes, renameNode } from './nodes.ts';
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
  it('steps from where the doc has the node, however stale the rendered position', () => {
    const doc = new Y.Doc();
    const a = icb(doc, 'A');
    const rendered = [{ id: a, position: { x: 20, y: 20 } }];
    nudgeNodes(doc, origin, rendered, { dx: 10, dy: 0 });
    nudgeNodes(doc, origin, rendered, { dx: 10, dy: 0 });
    expect(mapDoc(doc).nodes.get(a)?.get('position')).toEqual({ x: 30, y: 20 });
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
