import { z } from 'zod';
import { ELEMENT_ID_PATTERN } from '../model/ids.ts';
import { MAX_LABEL_LENGTH } from '../model/limits.ts';
import { positionSchema, sizeSchema } from './schema.ts';

/**
 * What can be written on the map besides the governance: a sticky note (a coloured card)
 * and free text. Neither is a body: no rule reads them and the spec leaves them out
 * (docs/spec.md, "Notes on the map").
 */
export const NOTE_KINDS = ['note', 'text'] as const;

/** A sticky note or free text. */
export type NoteKind = (typeof NOTE_KINDS)[number];

/** The colours a sticky note comes in; free text is always ink on the page. */
export const NOTE_COLORS = ['yellow', 'pink', 'green', 'blue', 'orange', 'lilac'] as const;

/** A sticky note's colour. */
export type NoteColor = (typeof NOTE_COLORS)[number];

/** The size a new sticky note starts at, and free text's width. */
export const NOTE_DEFAULT_SIZE = {
  note: { w: 200, h: 160 },
  text: { w: 240, h: 48 },
} as const satisfies Record<NoteKind, { w: number; h: number }>;

/** True for the kind of a note, as opposed to a body's or a footprint's. */
export function isNoteKind(kind: unknown): kind is NoteKind {
  return (NOTE_KINDS as readonly unknown[]).includes(kind);
}

/**
 * A note as read from the doc. It lives among the nodes, so moving, resizing, deleting,
 * locking and undoing work as for bodies; its text is its `label`, under the same limit.
 */
export const noteRecordSchema = z.object({
  id: z.string().regex(ELEMENT_ID_PATTERN, 'is not an id'),
  kind: z.enum(NOTE_KINDS),
  label: z.string().max(MAX_LABEL_LENGTH),
  position: positionSchema,
  size: sizeSchema.optional(),
  parentId: z.string().regex(ELEMENT_ID_PATTERN).optional(),
  // A colour this version does not know reads as yellow rather than hiding the note.
  color: z.enum(NOTE_COLORS).catch('yellow').default('yellow'),
});

/** A note, valid and ready for the canvas and the exports. */
export type NoteRecord = z.infer<typeof noteRecordSchema>;
