import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNode, moveNodes, renameNode } from './nodes.ts';
import { createLocalOrigin } from './origin.ts';
import { readMap } from './readMap.ts';
import { createUndoManager } from './undo.ts';

function syncBoth(a: Y.Doc, b: Y.Doc) {
  a.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(b, update, 'remote');
  });
  b.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(a, update, 'remote');
  });
}

describe('createUndoManager', () => {
  it("undoes only this participant's changes, one gesture at a time", () => {
    const alice = new Y.Doc();
    const bob = new Y.Doc();
    syncBoth(alice, bob);
    const aliceOrigin = createLocalOrigin('alice');
    const bobOrigin = createLocalOrigin('bob');
    const aliceUndo = createUndoManager(alice, aliceOrigin);

    const icb = addNode(alice, aliceOrigin, {
      kind: 'icb',
      label: 'ICB',
      position: { x: 0, y: 0 },
    });
    moveNodes(alice, aliceOrigin, [{ id: icb, position: { x: 50, y: 50 } }]);
    const trust = addNode(bob, bobOrigin, {
      kind: 'nhs-trust',
      label: 'Trust',
      position: { x: 9, y: 9 },
    });
    renameNode(bob, bobOrigin, icb, 'Renamed by Bob');

    aliceUndo.undo(); // the move
    let map = readMap(bob);
    expect(map.nodes.find((n) => n.id === icb)?.position).toEqual({ x: 0, y: 0 });
    expect(map.nodes.find((n) => n.id === icb)?.label).toBe('Renamed by Bob');

    aliceUndo.undo(); // the add: Bob's trust stays
    map = readMap(bob);
    expect(map.nodes.map((n) => n.id)).toEqual([trust]);

    aliceUndo.redo();
    expect(
      readMap(bob)
        .nodes.map((n) => n.id)
        .sort(),
    ).toEqual([icb, trust].sort());
  });
});
