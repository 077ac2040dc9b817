import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNode, deleteElements, renameNode } from '../../shared/ydoc/nodes.ts';
import { readMap } from '../../shared/ydoc/readMap.ts';
import { createMapStore } from '../store/mapStore.ts';
import { createStaticMapStore } from '../store/staticMapStore.ts';
import { createComparedMapStore } from './comparedMapStore.ts';

const origin = { kind: 'local', participantId: 'p1' } as const;

function trusts(doc: Y.Doc, count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    addNode(doc, origin, { kind: 'nhs-trust', label: `Trust ${i}`, position: { x: i, y: 0 } }),
  );
}

describe('the map on show', () => {
  it('holds a saved version by id, and never changes', () => {
    const doc = new Y.Doc();
    const [a = ''] = trusts(doc, 3);
    const version = readMap(doc);
    const store = createStaticMapStore(version);
    expect(store.getState().snapshot).toBe(version);
    expect(store.getState().nodeById.get(a)?.label).toBe('Trust 0');
    expect(store.getState().nodeById.size).toBe(3);
  });

  it('compares the live map with a version, follows it, and keeps untouched records', () => {
    const doc = new Y.Doc();
    const [a = '', b = '', c = '', ...rest] = trusts(doc, 50);
    const version = readMap(doc);
    deleteElements(doc, origin, { nodeIds: [c] });
    const live = createMapStore(doc);
    const compared = createComparedMapStore(live, version);
    const disconnect = compared.connect();

    // The removed body is a ghost where it was, and marked removed.
    expect(compared.getState().nodeById.get(c)?.label).toBe('Trust 2');
    expect(compared.getState().changes.get(c)).toBe('removed');

    const before = compared.getState();
    renameNode(doc, origin, a, 'Leeds Teaching Hospitals');
    const after = compared.getState();
    expect(after.nodeById.get(a)?.label).toBe('Leeds Teaching Hospitals');
    expect(after.changes.get(a)).toBe('changed');
    expect(after.diff.counts.changed).toBe(1);
    // The records nothing changed are the live map's own, unchanged objects.
    for (const id of [b, c, ...rest]) expect(after.nodeById.get(id)).toBe(before.nodeById.get(id));
    expect(after.nodeById.get(b)).toBe(live.getState().nodeById.get(b));

    disconnect();
    renameNode(doc, origin, b, 'Not followed');
    expect(compared.getState().nodeById.get(b)?.label).toBe('Trust 1');
    live.destroy();
  });
});
