import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { lockElements } from '../../../shared/ydoc/locks.ts';
import { deleteElements, placeNodes } from '../../../shared/ydoc/nodes.ts';
import { addNote, setNoteColor, setNoteText } from '../../../shared/ydoc/notes.ts';
import { readMap } from '../../../shared/ydoc/readMap.ts';
import { noteInPlace } from '../../../shared/ydoc/testNotes.ts';
import { RoomGuard } from './RoomGuard.ts';

const owner = { kind: 'local', participantId: 'facilitator' } as const;
const editor = { kind: 'local', participantId: 'editor' } as const;

function room() {
  const doc = new Y.Doc();
  const guard = new RoomGuard(doc, (origin) => origin === owner);
  const note = addNote(doc, owner, {
    kind: 'note',
    text: 'Agreed: the council leader chairs',
    position: { x: 0, y: 0 },
  });
  return { doc, guard, note };
}

describe('the guard keeps locked sticky notes as it keeps locked bodies', () => {
  it("puts back an editor's change to a locked note: its words, colour, place and existence", () => {
    const { doc, guard, note } = room();
    lockElements(doc, owner, [note], 'facilitator');
    setNoteText(doc, editor, note, 'Nobody chairs');
    setNoteColor(doc, editor, note, 'pink');
    placeNodes(doc, editor, [{ id: note, position: { x: 500, y: 500 } }]);
    expect(guard.enforce()).toContain(`nodes:${note}`);
    expect(readMap(doc).notes).toEqual([
      expect.objectContaining({
        label: 'Agreed: the council leader chairs',
        color: 'yellow',
        position: { x: 0, y: 0 },
      }),
    ]);
    deleteElements(doc, editor, { nodeIds: [note] });
    guard.enforce();
    expect(readMap(doc).notes).toHaveLength(1);
    guard.destroy();
  });

  it('lets editors write on unlocked notes, and the owner on locked ones', () => {
    const { doc, guard, note } = room();
    setNoteText(doc, editor, note, 'Ask both councils');
    expect(guard.hasBreaches).toBe(false);
    lockElements(doc, owner, [note], 'facilitator');
    setNoteText(doc, owner, note, 'Decided');
    expect(guard.hasBreaches).toBe(false);
    expect(readMap(doc).notes?.[0]?.label).toBe('Decided');
    guard.destroy();
  });

  it('keeps a note inside a locked footprint as it keeps the bodies there', () => {
    const { doc, place, note } = noteInPlace(owner, 'text');
    const guard = new RoomGuard(doc, (origin) => origin === owner);
    lockElements(doc, owner, [place], 'facilitator');
    setNoteText(doc, editor, note, 'Somewhere else');
    guard.enforce();
    expect(readMap(doc).notes?.[0]?.label).toBe('Inside');
    guard.destroy();
  });
});
