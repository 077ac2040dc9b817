import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildSpec } from '../spec/buildSpec.ts';
import { copyElements, pasteElements } from './clipboard.ts';
import { lockElements, lockedElementIds } from './locks.ts';
import { MapReader } from './mapReader.ts';
import { addNode, deleteElements, placeNodes } from './nodes.ts';
import { addNote, setNoteColor, setNoteText } from './notes.ts';
import { readMap } from './readMap.ts';
import { noteInPlace } from './testNotes.ts';
import { createUndoManager } from './undo.ts';

const origin = { kind: 'local', participantId: 'facilitator' } as const;

function withNoteAndBody() {
  const doc = new Y.Doc();
  const icb = addNode(doc, origin, { kind: 'icb', label: 'WY ICB', position: { x: 0, y: 0 } });
  const note = addNote(doc, origin, {
    kind: 'note',
    text: 'Who chairs the place board?\nAsk the council.',
    position: { x: 300, y: 40 },
    color: 'pink',
  });
  return { doc, icb, note };
}

describe('sticky notes and free text', () => {
  it('are read as notes, apart from the bodies', () => {
    const { doc, note } = withNoteAndBody();
    const text = addNote(doc, origin, {
      kind: 'text',
      text: 'Riverton',
      position: { x: 0, y: -80 },
    });
    const snapshot = readMap(doc);
    expect(snapshot.nodes.map((n) => n.label)).toEqual(['WY ICB']);
    expect(snapshot.notes).toEqual([
      {
        id: note,
        kind: 'note',
        label: 'Who chairs the place board?\nAsk the council.',
        position: { x: 300, y: 40 },
        size: { w: 200, h: 160 },
        color: 'pink',
      },
      {
        id: text,
        kind: 'text',
        label: 'Riverton',
        position: { x: 0, y: -80 },
        size: { w: 240, h: 48 },
        color: 'yellow',
      },
    ]);
    expect(snapshot.invalid).toEqual([]);
  });

  it('never reach the governance spec or its rules', () => {
    const { doc } = withNoteAndBody();
    const { spec } = buildSpec(readMap(doc), {
      mapId: 'map-1',
      exportedAt: '2026-12-01T00:00:00.000Z',
      includes: 'all',
    });
    expect(spec.bodies.map((b) => b.name)).toEqual(['WY ICB']);
    expect(JSON.stringify(spec)).not.toContain('place board');
  });

  it('keep several lines of text, allow blank, and refuse text past the limit', () => {
    const { doc, note } = withNoteAndBody();
    expect(setNoteText(doc, origin, note, 'First line\nSecond line  \n')).toBe(true);
    expect(readMap(doc).notes?.[0]?.label).toBe('First line\nSecond line');
    expect(setNoteText(doc, origin, note, '')).toBe(true);
    expect(readMap(doc).notes?.[0]?.label).toBe('');
    expect(setNoteText(doc, origin, note, 'x'.repeat(501))).toBe(false);
    expect(readMap(doc).notes?.[0]?.label).toBe('');
  });

  it('colour only sticky notes, and write text only into notes', () => {
    const { doc, icb, note } = withNoteAndBody();
    expect(setNoteColor(doc, origin, note, 'green')).toBe(true);
    expect(readMap(doc).notes?.[0]?.color).toBe('green');
    expect(setNoteColor(doc, origin, icb, 'green')).toBe(false);
    expect(setNoteText(doc, origin, icb, 'Not a note')).toBe(false);
    expect(readMap(doc).nodes[0]?.label).toBe('WY ICB');
  });

  it('move, resize and delete as bodies do, each one undo step', () => {
    const { doc, note } = withNoteAndBody();
    const undo = createUndoManager(doc, origin);
    placeNodes(doc, origin, [{ id: note, position: { x: 10, y: 20 }, size: { w: 320, h: 240 } }]);
    expect(readMap(doc).notes?.[0]).toMatchObject({
      position: { x: 10, y: 20 },
      size: { w: 320, h: 240 },
    });
    setNoteText(doc, origin, note, 'Agreed: the council chairs');
    deleteElements(doc, origin, { nodeIds: [note] });
    expect(readMap(doc).notes).toEqual([]);
    undo.undo();
    expect(readMap(doc).notes?.[0]?.label).toBe('Agreed: the council chairs');
    undo.undo();
    expect(readMap(doc).notes?.[0]?.label).toBe('Who chairs the place board?\nAsk the council.');
    undo.undo();
    expect(readMap(doc).notes?.[0]?.position).toEqual({ x: 300, y: 40 });
  });

  it('go with the footprint they sit in, and are locked with it', () => {
    const { doc, place, note } = noteInPlace(origin, 'note');
    lockElements(doc, origin, [place], 'facilitator');
    expect(lockedElementIds(doc).has(note)).toBe(true);
    lockElements(doc, origin, [note], 'facilitator');
    expect([...mapLocks(doc)]).toEqual([place, note]);
    deleteElements(doc, origin, { nodeIds: [place] });
    expect(readMap(doc).notes).toEqual([]);
  });

  it('are copied and pasted with their colour and text, as new notes', () => {
    const { doc, icb, note } = withNoteAndBody();
    const copied = copyElements(readMap(doc), [icb, note]);
    const target = new Y.Doc();
    const pasted = pasteElements(target, origin, copied, { x: 1000, y: 1000 });
    const snapshot = readMap(target);
    expect(pasted).toHaveLength(2);
    expect(snapshot.nodes.map((n) => n.label)).toEqual(['WY ICB']);
    expect(snapshot.notes).toEqual([
      expect.objectContaining({
        kind: 'note',
        color: 'pink',
        label: 'Who chairs the place board?\nAsk the council.',
        position: { x: 1300, y: 1040 },
      }),
    ]);
    expect(snapshot.invalid).toEqual([]);
  });

  it('are read incrementally the same as the whole doc is', () => {
    const { doc, icb, note } = withNoteAndBody();
    const reader = new MapReader(doc);
    const before = reader.snapshot;
    setNoteText(doc, origin, note, 'Changed');
    const afterNote = reader.update({ nodes: new Set([note]), edges: new Set(), meta: false });
    expect(afterNote).toEqual(readMap(doc));
    // Bodies nothing touched keep their array.
    expect(afterNote.nodes).toBe(before.nodes);
    deleteElements(doc, origin, { nodeIds: [note, icb] });
    const afterDelete = reader.update({
      nodes: new Set([note, icb]),
      edges: new Set(),
      meta: false,
    });
    expect(afterDelete).toEqual(readMap(doc));
    expect(afterDelete.notes).toEqual([]);
  });
});

function mapLocks(doc: Y.Doc): Iterable<string> {
  return doc.getMap('locks').keys();
}
