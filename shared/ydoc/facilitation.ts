import type * as Y from 'yjs';
import { z } from 'zod';
import { mapDoc } from './layout.ts';

/** The meta key of the countdown timer. */
export const TIMER_KEY = 'timer';
/** The meta key of the viewers' right to comment (absent means they may). */
export const VIEWERS_MAY_COMMENT_KEY = 'viewersMayComment';

/** A countdown everyone sees: when it ends (ms since the epoch) and how long it was set for. */
export const timerSchema = z.object({
  endsAt: z.number().finite(),
  durationMs: z.number().finite().positive(),
  label: z.string().max(100).optional(),
});

/** A running countdown. */
export type Timer = z.infer<typeof timerSchema>;

/** Starts (or restarts) the countdown; refuses a length that is not a positive number of ms. */
export function startTimer(
  doc: Y.Doc,
  origin: unknown,
  durationMs: number,
  now: number = Date.now(),
  label?: string,
): void {
  if (!Number.isFinite(durationMs) || durationMs <= 0) {
    throw new RangeError('A countdown needs a length of more than 0 minutes.');
  }
  const timer: Timer = { endsAt: now + durationMs, durationMs, ...(label ? { label } : {}) };
  doc.transact(() => mapDoc(doc).meta.set(TIMER_KEY, timer), origin);
}

/** Stops the countdown. */
export function stopTimer(doc: Y.Doc, origin: unknown): void {
  const { meta } = mapDoc(doc);
  if (meta.has(TIMER_KEY)) doc.transact(() => meta.delete(TIMER_KEY), origin);
}

/** The countdown, or null when none is set (or it does not parse). */
export function readTimer(doc: Y.Doc): Timer | null {
  const parsed = timerSchema.safeParse(mapDoc(doc).meta.get(TIMER_KEY));
  return parsed.success ? parsed.data : null;
}

/** Whether holders of the viewer link may comment: on unless the owner switched it off. */
export function viewersMayComment(doc: Y.Doc): boolean {
  return mapDoc(doc).meta.get(VIEWERS_MAY_COMMENT_KEY) !== false;
}

/** Switches the viewers' right to comment (the owner's act; the server enforces it). */
export function setViewersMayComment(doc: Y.Doc, origin: unknown, allowed: boolean): void {
  doc.transact(() => mapDoc(doc).meta.set(VIEWERS_MAY_COMMENT_KEY, allowed), origin);
}
