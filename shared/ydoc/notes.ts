import * as Y from 'yjs';
import { newId } from '../model/ids.ts';
import { MAX_LABEL_LENGTH } from '../model/limits.ts';
import { type ElementMap, mapDoc } from './layout.ts';
import { isNoteKind, NOTE_DEFAULT_SIZE, type NoteColor, type NoteKind } from './noteRecord.ts';
import type { Position } from './schema.ts';

/** What it takes to add a sticky note or free text. */
export interface NewNote {
  kind: NoteKind;
  text: string;
  position: Position;
  size?: { w: number; h: number };
  color?: NoteColor;
  parentId?: string;
  id?: string;
}

/** Adds a sticky note or free text in one step, and returns its id. */
export function addNote(doc: Y.Doc, origin: unknown, note: NewNote): string {
  const id = note.id ?? newId();
  const size = note.size ?? NOTE_DEFAULT_SIZE[note.kind];
  doc.transact(() => {
    const element: ElementMap = new Y.Map();
    element.set('kind', note.kind);
    element.set('label', note.text.slice(0, MAX_LABEL_LENGTH));
    element.set('position', { x: note.position.x, y: note.position.y });
    element.set('size', { w: size.w, h: size.h });
    if (note.parentId) element.set('parentId', note.parentId);
    if (note.kind === 'note') element.set('color', note.color ?? 'yellow');
    mapDoc(doc).nodes.set(id, element);
  }, origin);
  return id;
}

function noteElement(doc: Y.Doc, id: string): ElementMap | undefined {
  const element = mapDoc(doc).nodes.get(id);
  return element instanceof Y.Map && isNoteKind(element.get('kind')) ? element : undefined;
}

/**
 * Writes a note's text: several lines, kept as typed apart from trailing space; blank is
 * allowed (an empty sticky note waits for words). Text past the label limit is refused
 * (returns false), as the server would cut it.
 */
export function setNoteText(doc: Y.Doc, origin: unknown, id: string, text: string): boolean {
  const element = noteElement(doc, id);
  const kept = text.trimEnd();
  if (!element || kept.length > MAX_LABEL_LENGTH) return false;
  if (element.get('label') !== kept) doc.transact(() => element.set('label', kept), origin);
  return true;
}

/** Colours a sticky note; false when the id is not a sticky note. */
export function setNoteColor(doc: Y.Doc, origin: unknown, id: string, color: NoteColor): boolean {
  const element = noteElement(doc, id);
  if (element?.get('kind') !== 'note') return false;
  if (element.get('color') !== color) doc.transact(() => element.set('color', color), origin);
  return true;
}
