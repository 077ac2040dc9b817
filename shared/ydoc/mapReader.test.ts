import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setAttr, setStatus } from './attrs.ts';
import { connect } from './edges.ts';
import { setTitle } from './initMap.ts';
import { mapDoc } from './layout.ts';
import { MapReader, observeMap } from './mapReader.ts';
import { addNode, deleteElements, moveNodes, renameNode } from './nodes.ts';
import { readMap } from './readMap.ts';

const origin = { kind: 'local', participantId: 'p1' } as const;

function bodies(doc: Y.Doc, count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    addNode(doc, origin, { kind: 'nhs-trust', label: `Trust ${i}`, position: { x: i, y: i } }),
  );
}

/** A small seeded generator (mulberry32), so a failing sequence can be replayed. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('observeMap', () => {
  it('re-reads only the element a rename touched; everything else keeps its identity', () => {
    const doc = new Y.Doc();
    const ids = bodies(doc, 50);
    const [a = '', b = ''] = ids;
    connect(doc, origin, { kind: 'accountable-to', source: a, target: b });
    const seen: { touched: string[]; snapshot: ReturnType<typeof readMap> }[] = [];
    const observed = observeMap(doc, (snapshot, touched) =>
      seen.push({ touched: [...touched.nodes, ...touched.edges], snapshot }),
    );
    const before = observed.reader.snapshot;
    renameNode(doc, origin, a, 'Leeds Teaching Hospitals');
    expect(seen).toHaveLength(1);
    const after = seen[0]?.snapshot;
    expect(seen[0]?.touched).toEqual([a]);
    expect(after?.nodes.find((n) => n.id === a)?.label).toBe('Leeds Teaching Hospitals');
    // Every other record is the very same object; the untouched edges keep their array.
    const changed = after?.nodes.filter((node, i) => node !== before.nodes[i]).map((n) => n.id);
    expect(changed).toEqual([a]);
    expect(after?.edges).toBe(before.edges);
    observed.destroy();
  });

  it('fires once per transaction, with every element it touched', () => {
    const doc = new Y.Doc();
    const ids = bodies(doc, 5);
    const calls: string[][] = [];
    const observed = observeMap(doc, (_s, touched) => calls.push([...touched.nodes].sort()));
    moveNodes(
      doc,
      origin,
      ids.slice(0, 3).map((id) => ({ id, position: { x: 99, y: 99 } })),
    );
    expect(calls).toEqual([ids.slice(0, 3).sort()]);
    observed.destroy();
    renameNode(doc, origin, ids[0] ?? '', 'After teardown');
    expect(calls).toHaveLength(1);
  });

  it('sees attribute changes inside an element as a change to that element', () => {
    const doc = new Y.Doc();
    const [id = ''] = bodies(doc, 2);
    const observed = observeMap(doc, () => {});
    setAttr(doc, origin, { collection: 'nodes', id }, 'cqcRating', 'good');
    expect(observed.reader.snapshot).toEqual(readMap(doc));
    observed.destroy();
  });

  it('marks a relationship invalid when an end goes, and valid again when it comes back', () => {
    const doc = new Y.Doc();
    const remote = new Y.Doc();
    const [a = '', b = ''] = bodies(doc, 2);
    connect(doc, origin, { kind: 'accountable-to', source: a, target: b });
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    const reader = observeMap(remote, () => {}).reader;
    // A remote deletion of the node alone (not its edges) leaves a dangling relationship.
    const lone = new Y.Doc();
    Y.applyUpdate(lone, Y.encodeStateAsUpdate(doc));
    mapDoc(lone).nodes.delete(b);
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(lone));
    expect(reader.snapshot.edges).toEqual([]);
    expect(reader.snapshot.invalid.map((e) => e.collection)).toEqual(['edges']);
    expect(reader.snapshot).toEqual(readMap(remote));
  });

  it('gives the same map as reading the whole doc, through a seeded run of edits', () => {
    const doc = new Y.Doc();
    const observed = observeMap(doc, () => {});
    const random = prng(42);
    const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];
    for (let step = 0; step < 300; step++) {
      const nodeIds = [...mapDoc(doc).nodes.keys()];
      const edgeIds = [...mapDoc(doc).edges.keys()];
      const roll = random();
      if (roll < 0.3 || nodeIds.length < 2) bodies(doc, 1);
      else if (roll < 0.45) {
        const [source, target] = [pick(nodeIds), pick(nodeIds)];
        if (source && target && source !== target)
          connect(doc, origin, { kind: 'accountable-to', source, target });
      } else if (roll < 0.6) renameNode(doc, origin, pick(nodeIds) ?? '', `Renamed ${step}`);
      else if (roll < 0.7)
        setStatus(doc, origin, [{ collection: 'nodes', id: pick(nodeIds) ?? '' }], 'agreed');
      else if (roll < 0.8) deleteElements(doc, origin, { nodeIds: [pick(nodeIds) ?? ''] });
      else if (roll < 0.85) deleteElements(doc, origin, { edgeIds: [pick(edgeIds) ?? ''] });
      else if (roll < 0.9) setTitle(doc, origin, `Map ${step}`);
      else if (roll < 0.95) {
        // Something no client writes: a node whose kind does not parse.
        mapDoc(doc)
          .nodes.get(pick(nodeIds) ?? '')
          ?.set('kind', 'not-a-kind');
      } else moveNodes(doc, origin, [{ id: pick(nodeIds) ?? '', position: { x: step, y: 0 } }]);
      const whole = readMap(doc);
      const read = observed.reader.snapshot;
      expect({ ...read, nodes: sortById(read.nodes), edges: sortById(read.edges) }).toEqual({
        ...whole,
        nodes: sortById(whole.nodes),
        edges: sortById(whole.edges),
      });
    }
    observed.destroy();
  });

  it('reads a doc it was created on as readMap does', () => {
    const doc = new Y.Doc();
    bodies(doc, 3);
    expect(new MapReader(doc).snapshot).toEqual(readMap(doc));
  });
});

function sortById<R extends { id: string }>(list: readonly R[]): R[] {
  return [...list].sort((a, b) => a.id.localeCompare(b.id));
}
