import type * as Y from 'yjs';
import { type SpecToDocOptions, specToDoc } from '../spec/specToDoc.ts';
import { mapDoc } from '../ydoc/layout.ts';
import { addNote } from '../ydoc/notes.ts';
import type { Template } from './template.ts';

/** How far left of the map a template's explanation sits, and how wide it is. */
const NOTE_GAP = 60;
const NOTE_WIDTH = 280;
// A body the layout has not measured is about this big (client/styles.css, `.body-node`).
const BODY_SIZE = { w: 250, h: 110 };

/** A template's explanation: the notes of its key body, the one body that has any. */
export function templateExplanation(template: Template): { bodyId: string; text: string } | null {
  const key = template.spec.bodies.find((body) => body.notes?.trim());
  return key?.notes ? { bodyId: key.id, text: key.notes.trim() } : null;
}

/** The height a sticky note needs for `text` at the note's smallest type, 280 wide. */
function noteHeight(text: string): number {
  const lines = text.split('\n').reduce((sum, line) => sum + Math.ceil(line.length / 34 || 1), 0);
  return Math.max(160, lines * 16 + 40);
}

/**
 * Writes a template into a new map's doc: its structure as specToDoc does, and its
 * explanation as a yellow sticky note left of the map, where the room reads it first,
 * rather than hidden in the key body's Notes field.
 */
export function templateToDoc(template: Template, doc: Y.Doc, options: SpecToDocOptions = {}) {
  const explanation = templateExplanation(template);
  const bodies = template.spec.bodies.map((body) => {
    if (body.id !== explanation?.bodyId) return body;
    const { notes: _explained, ...rest } = body;
    return rest;
  });
  specToDoc({ ...template.spec, bodies }, doc, options);
  if (!explanation) return;
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  for (const element of mapDoc(doc).nodes.values()) {
    if (element.get('parentId') !== undefined) continue;
    const at = element.get('position') as { x: number; y: number } | undefined;
    if (!at) continue;
    left = Math.min(left, at.x);
    top = Math.min(top, at.y);
  }
  if (!Number.isFinite(left)) left = top = BODY_SIZE.h;
  addNote(doc, options.origin ?? null, {
    kind: 'note',
    text: explanation.text,
    position: { x: left - NOTE_GAP - NOTE_WIDTH, y: top },
    size: { w: NOTE_WIDTH, h: noteHeight(explanation.text) },
    color: 'yellow',
  });
}
