import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addNode, placeNodes, readMap } from '../../shared/ydoc/index.ts';
import type { NodeRecord } from '../../shared/ydoc/schema.ts';
import { testSession } from '../helpers/session.ts';
import { waitFor } from '../helpers/startServer.ts';

const { server, client } = testSession();

const origin = { kind: 'local', participantId: 'facilitator' } as const;

function nodeOf(doc: Y.Doc, id: string): NodeRecord | undefined {
  return readMap(doc).nodes.find((n) => n.id === id);
}

describe('bodies inside footprints', () => {
  it('syncs moving a body into a footprint, moving the footprint, and moving the body out; and keeps it across a restart', async () => {
    const first = await server();
    const map = await first.createMap('Leeds place');
    const alice = await client(first, map.id, map.tokens.editor);
    const bob = await client(first, map.id, map.tokens.editor);

    const place = addNode(alice.doc, origin, {
      kind: 'footprint',
      label: 'Leeds',
      position: { x: 100, y: 100 },
      size: { w: 640, h: 420 },
      attrs: { level: 'place' },
    });
    const committee = addNode(alice.doc, origin, {
      kind: 'committee',
      label: 'Leeds Place Committee',
      position: { x: 900, y: 100 },
    });
    placeNodes(alice.doc, origin, [{ id: committee, position: { x: 40, y: 60 }, parentId: place }]);

    await waitFor(() => nodeOf(bob.doc, committee)?.parentId === place, 5_000, 'the move in');
    expect(nodeOf(bob.doc, committee)?.position).toEqual({ x: 40, y: 60 });
    expect(nodeOf(bob.doc, place)).toMatchObject({
      kind: 'footprint',
      size: { w: 640, h: 420 },
      attrs: { level: 'place' },
    });

    // Moving the footprint carries the body: only the footprint's position changes.
    placeNodes(alice.doc, origin, [{ id: place, position: { x: 300, y: 250 } }]);
    await waitFor(() => nodeOf(bob.doc, place)?.position.x === 300, 5_000, 'the footprint move');
    expect(nodeOf(bob.doc, place)?.position).toEqual({ x: 300, y: 250 });
    expect(nodeOf(bob.doc, committee)).toMatchObject({
      parentId: place,
      position: { x: 40, y: 60 },
    });

    // Bob moves it out onto the canvas, at the absolute position it had.
    placeNodes(bob.doc, origin, [{ id: committee, position: { x: 340, y: 310 }, parentId: null }]);
    await waitFor(
      () => nodeOf(alice.doc, committee)?.parentId === undefined,
      5_000,
      'the move out',
    );
    expect(nodeOf(alice.doc, committee)?.position).toEqual({ x: 340, y: 310 });

    // And back in, so the restarted server has a nested structure to keep.
    placeNodes(alice.doc, origin, [{ id: committee, position: { x: 40, y: 60 }, parentId: place }]);
    await waitFor(() => nodeOf(bob.doc, committee)?.parentId === place, 5_000, 'back in');

    await first.stop();
    const second = await server({ dataDir: first.dataDir });
    const carol = await client(second, map.id, map.tokens.viewer);
    expect(nodeOf(carol.doc, place)).toMatchObject({
      position: { x: 300, y: 250 },
      size: { w: 640, h: 420 },
      attrs: { level: 'place' },
    });
    expect(nodeOf(carol.doc, committee)).toMatchObject({
      parentId: place,
      position: { x: 40, y: 60 },
    });
  });

  it('ignores a parent that is not a footprint, and a footprint put inside itself', async () => {
    const s = await server();
    const map = await s.createMap('Nesting');
    const alice = await client(s, map.id, map.tokens.editor);
    const bob = await client(s, map.id, map.tokens.editor);
    const system = addNode(alice.doc, origin, {
      kind: 'footprint',
      label: 'West Yorkshire',
      position: { x: 0, y: 0 },
      size: { w: 1100, h: 700 },
      attrs: { level: 'system' },
    });
    const place = addNode(alice.doc, origin, {
      kind: 'footprint',
      label: 'Leeds',
      position: { x: 20, y: 20 },
      parentId: system,
      attrs: { level: 'place' },
    });
    const icb = addNode(alice.doc, origin, { kind: 'icb', label: 'ICB', position: { x: 0, y: 0 } });
    const trust = addNode(alice.doc, origin, {
      kind: 'nhs-trust',
      label: 'Trust',
      position: { x: 0, y: 0 },
    });
    placeNodes(alice.doc, origin, [
      { id: trust, position: { x: 5, y: 5 }, parentId: icb },
      { id: system, position: { x: 0, y: 0 }, parentId: place },
    ]);
    // A marker after the refused placements: once Bob has it, he has everything before it.
    placeNodes(alice.doc, origin, [{ id: icb, position: { x: 7, y: 7 } }]);
    await waitFor(() => nodeOf(bob.doc, icb)?.position.x === 7, 5_000, 'the marker');
    expect(nodeOf(bob.doc, trust)?.parentId).toBeUndefined();
    expect(nodeOf(bob.doc, trust)?.position).toEqual({ x: 5, y: 5 });
    expect(nodeOf(bob.doc, system)?.parentId).toBeUndefined();
    expect(nodeOf(bob.doc, place)?.parentId).toBe(system);
  });
});
