import { z } from 'zod';
import { NODE_KINDS } from '../model/bodyKinds.ts';
import { ELEMENT_ID_PATTERN } from '../model/ids.ts';
import { MAX_LABEL_LENGTH } from '../model/limits.ts';
import { RELATIONSHIP_KINDS } from '../model/relationshipKinds.ts';
import { ELEMENT_STATUSES } from '../model/status.ts';

/** A point in flow coordinates. */
export const positionSchema = z.object({ x: z.number().finite(), y: z.number().finite() });

/** A width and height in flow units. */
export const sizeSchema = z.object({
  w: z.number().finite().positive(),
  h: z.number().finite().positive(),
});

const idSchema = z.string().regex(ELEMENT_ID_PATTERN, 'is not an id');

/** The final count of the last vote on an element. */
const tallyRecordSchema = z.object({
  agree: z.number().int().nonnegative(),
  disagree: z.number().int().nonnegative(),
  abstain: z.number().int().nonnegative(),
});

// When an element was agreed, and its last vote's tally: dropped when they do not parse.
const agreedAtSchema = z.iso.datetime({ offset: true }).optional().catch(undefined);
const tallySchema = tallyRecordSchema.optional().catch(undefined);

/** A node as read from the doc, once its Y.Map has been turned into plain JSON. */
export const nodeRecordSchema = z.object({
  id: idSchema,
  kind: z.enum(NODE_KINDS),
  label: z.string().max(MAX_LABEL_LENGTH),
  position: positionSchema,
  size: sizeSchema.optional(),
  parentId: idSchema.optional(),
  status: z.enum(ELEMENT_STATUSES),
  agreedAt: agreedAtSchema,
  tally: tallySchema,
  attrs: z.record(z.string(), z.unknown()).default({}),
});

/** A node, valid and ready for the canvas. */
export type NodeRecord = z.infer<typeof nodeRecordSchema>;

/** An edge as read from the doc. */
export const edgeRecordSchema = z.object({
  id: idSchema,
  kind: z.enum(RELATIONSHIP_KINDS),
  source: idSchema,
  target: idSchema,
  label: z.string().max(MAX_LABEL_LENGTH).optional(),
  status: z.enum(ELEMENT_STATUSES),
  agreedAt: agreedAtSchema,
  tally: tallySchema,
  attrs: z.record(z.string(), z.unknown()).default({}),
});

/** An edge, valid and ready for the canvas. */
export type EdgeRecord = z.infer<typeof edgeRecordSchema>;

/** A point in flow coordinates. */
export type Position = z.infer<typeof positionSchema>;
