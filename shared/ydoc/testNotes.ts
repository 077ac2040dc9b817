import * as Y from 'yjs';
import { addNode } from './nodes.ts';
import type { NoteKind } from './noteRecord.ts';
import { addNote } from './notes.ts';

/** A test doc holding the place footprint Riverton with a note of `kind` inside it. */
export function noteInPlace(origin: unknown, kind: NoteKind) {
  const doc = new Y.Doc();
  const place = addNode(doc, origin, {
    kind: 'footprint',
    label: 'Riverton',
    position: { x: 0, y: 0 },
    size: { w: 600, h: 400 },
    attrs: { level: 'place' },
  });
  const note = addNote(doc, origin, {
    kind,
    text: 'Inside',
    position: { x: 20, y: 60 },
    parentId: place,
  });
  return { doc, place, note };
}
