import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setStatus } from '../../shared/ydoc/attrs.ts';
import { connect } from '../../shared/ydoc/edges.ts';
import { addNode, moveNodes, renameNode } from '../../shared/ydoc/nodes.ts';
import { addNote, setNoteText } from '../../shared/ydoc/notes.ts';
import { createMapStore } from '../store/mapStore.ts';
import { flowChanged } from './flowChanged.ts';
import { SHOW_ALL } from './toFlow.ts';

const origin = { kind: 'local', participantId: 'p1' } as const;

function map(count: number) {
  const doc = new Y.Doc();
  const ids = Array.from({ length: count }, (_, i) =>
    addNode(doc, origin, { kind: 'nhs-trust', label: `Trust ${i}`, position: { x: i, y: 0 } }),
  );
  return { doc, ids, store: createMapStore(doc) };
}

describe('what changes the React Flow nodes', () => {
  it('is not a rename or a status change, which each body reads itself', () => {
    const { doc, ids, store } = map(100);
    const [a = ''] = ids;
    const before = store.getState();
    renameNode(doc, origin, a, 'Leeds Teaching Hospitals');
    expect(flowChanged(before, store.getState(), SHOW_ALL)).toBe(false);
    const renamed = store.getState();
    setStatus(doc, origin, [{ collection: 'nodes', id: a }], 'agreed');
    expect(flowChanged(renamed, store.getState(), SHOW_ALL)).toBe(false);
    // Unless the filter leaves out what is agreed.
    const proposedOnly = {
      ...SHOW_ALL,
      shownStatuses: new Set(['proposed'] as const),
      dimInsteadOfHide: false,
    };
    expect(flowChanged(renamed, store.getState(), proposedOnly)).toBe(true);
    // Nor writing on a note, though adding one is.
    const noted = store.getState();
    const note = addNote(doc, origin, { kind: 'note', text: '', position: { x: 0, y: 99 } });
    expect(flowChanged(noted, store.getState(), SHOW_ALL)).toBe(true);
    const written = store.getState();
    setNoteText(doc, origin, note, 'Who chairs the committee?');
    expect(flowChanged(written, store.getState(), SHOW_ALL)).toBe(false);
    store.destroy();
  });

  it('is a move, an added body or a new relationship', () => {
    const { doc, ids, store } = map(10);
    const [a = '', b = ''] = ids;
    let before = store.getState();
    moveNodes(doc, origin, [{ id: a, position: { x: 40, y: 40 } }]);
    expect(flowChanged(before, store.getState(), SHOW_ALL)).toBe(true);
    before = store.getState();
    addNode(doc, origin, { kind: 'icb', label: 'ICB', position: { x: 0, y: 90 } });
    expect(flowChanged(before, store.getState(), SHOW_ALL)).toBe(true);
    before = store.getState();
    connect(doc, origin, { kind: 'accountable-to', source: a, target: b });
    expect(flowChanged(before, store.getState(), SHOW_ALL)).toBe(true);
    store.destroy();
  });
});
