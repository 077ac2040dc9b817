import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connect } from './edges.ts';
import { initMap } from './initMap.ts';
import { mapDoc } from './layout.ts';
import { addNode } from './nodes.ts';
import { readMap } from './readMap.ts';

const origin = { kind: 'local', participantId: 'p1' } as const;

describe('readMap', () => {
  it('reads the title, or a placeholder when there is none', () => {
    const doc = new Y.Doc();
    expect(readMap(doc).title).toBe('Untitled map');
    initMap(doc, { title: 'Leeds place', createdAt: '2026-11-23T10:00:00.000Z' });
    expect(readMap(doc).title).toBe('Leeds place');
  });

  it('reports a node that does not parse instead of throwing, with the JSON path', () => {
    const doc = new Y.Doc();
    const good = addNode(doc, origin, { kind: 'icb', label: 'ICB', position: { x: 0, y: 0 } });
    const bad = new Y.Map<unknown>();
    bad.set('kind', 'spaceship');
    bad.set('label', 42);
    bad.set('position', { x: 'left', y: 0 });
    bad.set('status', 'proposed');
    mapDoc(doc).nodes.set('bad-node-1', bad);
    mapDoc(doc).nodes.set('not-a-map-1', 'just a string' as unknown as Y.Map<unknown>);

    const map = readMap(doc);
    expect(map.nodes.map((n) => n.id)).toEqual([good]);
    const badNode = map.invalid.find((e) => e.id === 'bad-node-1');
    expect(badNode?.collection).toBe('nodes');
    expect(badNode?.problems.map((p) => p.path).sort()).toEqual(
      ['$.kind', '$.label', '$.position.x'].sort(),
    );
    expect(map.invalid.find((e) => e.id === 'not-a-map-1')).toBeDefined();
  });

  it('reports an edge whose end has gone', () => {
    const doc = new Y.Doc();
    const a = addNode(doc, origin, { kind: 'icb', label: 'A', position: { x: 0, y: 0 } });
    const b = addNode(doc, origin, { kind: 'icb', label: 'B', position: { x: 0, y: 0 } });
    const edge = connect(doc, origin, { kind: 'funds', source: a, target: b });
    mapDoc(doc).nodes.delete(b);
    const map = readMap(doc);
    expect(map.edges).toEqual([]);
    expect(map.invalid).toMatchObject([{ id: edge.ok ? edge.id : '', collection: 'edges' }]);
  });
});
