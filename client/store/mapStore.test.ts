import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setStatus } from '../../shared/ydoc/attrs.ts';
import { connect } from '../../shared/ydoc/edges.ts';
import { mapDoc } from '../../shared/ydoc/layout.ts';
import { addNode, deleteElements, renameNode } from '../../shared/ydoc/nodes.ts';
import { addNote, setNoteText } from '../../shared/ydoc/notes.ts';
import { readMap } from '../../shared/ydoc/readMap.ts';
import { seededRandom } from '../../test/helpers/generateSpec.ts';
import { createMapStore, type MapState } from './mapStore.ts';

const origin = { kind: 'local', participantId: 'p1' } as const;

function bodies(doc: Y.Doc, count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    addNode(doc, origin, { kind: 'nhs-trust', label: `Trust ${i}`, position: { x: i, y: i } }),
  );
}

function byId<R extends { id: string }>(records: readonly R[]): Map<string, R> {
  return new Map(records.map((record) => [record.id, record]));
}

/** The indexes hold exactly the snapshot's records. */
function expectIndexesMatch(state: MapState): void {
  expect(new Map(state.nodeById)).toEqual(byId(state.snapshot.nodes));
  expect(new Map(state.edgeById)).toEqual(byId(state.snapshot.edges));
  expect(state.nodeById.size).toBe(state.snapshot.nodes.length);
  expect(state.edgeById.size).toBe(state.snapshot.edges.length);
}

describe('the map store', () => {
  it('changes only the renamed record; every other record and the edge index stay the same', () => {
    const doc = new Y.Doc();
    const [a = '', b = '', ...rest] = bodies(doc, 200);
    connect(doc, origin, { kind: 'accountable-to', source: a, target: b });
    const store = createMapStore(doc);
    const before = store.getState();
    renameNode(doc, origin, a, 'Leeds Teaching Hospitals');
    const after = store.getState();
    expect(after.nodeById.get(a)?.label).toBe('Leeds Teaching Hospitals');
    for (const id of [b, ...rest]) expect(after.nodeById.get(id)).toBe(before.nodeById.get(id));
    expect(after.edgeById).toBe(before.edgeById);
    expect(after.snapshot.edges).toBe(before.snapshot.edges);
    expect([...after.touched.nodes]).toEqual([a]);
    expectIndexesMatch(after);
    store.destroy();
  });

  it('indexes notes by id, changing only the note written on', () => {
    const doc = new Y.Doc();
    const [a = ''] = bodies(doc, 3);
    const first = addNote(doc, origin, {
      kind: 'note',
      text: 'Who chairs?',
      position: { x: 0, y: 0 },
    });
    const second = addNote(doc, origin, { kind: 'text', text: 'Leeds', position: { x: 9, y: 0 } });
    const store = createMapStore(doc);
    const before = store.getState();
    setNoteText(doc, origin, first, 'The ICB chairs');
    const after = store.getState();
    expect(after.noteById.get(first)?.label).toBe('The ICB chairs');
    expect(after.noteById.get(second)).toBe(before.noteById.get(second));
    expect(after.nodeById).toBe(before.nodeById);
    renameNode(doc, origin, a, 'Leeds Teaching Hospitals');
    expect(store.getState().noteById).toBe(after.noteById);
    store.destroy();
  });

  it('drops a relationship from the index when a remote change removes one of its ends', () => {
    const doc = new Y.Doc();
    const [a = '', b = ''] = bodies(doc, 2);
    const connected = connect(doc, origin, { kind: 'accountable-to', source: a, target: b });
    const edge = connected.ok ? connected.id : '';
    const store = createMapStore(doc);
    expect(store.getState().edgeById.has(edge)).toBe(true);
    // A node removed alone (not through deleteElements, which removes its edges too).
    mapDoc(doc).nodes.delete(b);
    const state = store.getState();
    expect(state.nodeById.has(b)).toBe(false);
    expect(state.edgeById.has(edge)).toBe(false);
    expect(state.snapshot.invalid.map((element) => element.id)).toEqual([edge]);
    expectIndexesMatch(state);
    store.destroy();
  });

  it('holds what reading the whole doc holds, through a seeded run of edits', () => {
    const doc = new Y.Doc();
    bodies(doc, 3);
    const store = createMapStore(doc);
    const random = seededRandom(7);
    const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];
    for (let step = 0; step < 200; step++) {
      const nodeIds = [...mapDoc(doc).nodes.keys()];
      const roll = random();
      if (roll < 0.3) bodies(doc, 1);
      else if (roll < 0.5) {
        const [source, target] = [pick(nodeIds), pick(nodeIds)];
        if (source && target && source !== target)
          connect(doc, origin, { kind: 'accountable-to', source, target });
      } else if (roll < 0.65) renameNode(doc, origin, pick(nodeIds) ?? '', `Renamed ${step}`);
      else if (roll < 0.75)
        setStatus(doc, origin, [{ collection: 'nodes', id: pick(nodeIds) ?? '' }], 'agreed');
      else if (roll < 0.85) deleteElements(doc, origin, { nodeIds: [pick(nodeIds) ?? ''] });
      else if (roll < 0.92) mapDoc(doc).nodes.delete(pick(nodeIds) ?? '');
      else
        mapDoc(doc)
          .nodes.get(pick(nodeIds) ?? '')
          ?.set('kind', 'not-a-kind');
      const state = store.getState();
      expectIndexesMatch(state);
      const whole = readMap(doc);
      expect(byId(state.snapshot.nodes)).toEqual(byId(whole.nodes));
      expect(byId(state.snapshot.edges)).toEqual(byId(whole.edges));
      expect(state.snapshot.invalid).toEqual(whole.invalid);
    }
    store.destroy();
  });
});
