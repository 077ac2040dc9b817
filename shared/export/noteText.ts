import type { NoteKind } from '../ydoc/noteRecord.ts';
import { wrapText } from './measureText.ts';

/** The padding inside a sticky note and around free text, as the canvas draws them. */
export const NOTE_PADDING = { note: { x: 16, y: 12 }, text: { x: 6, y: 4 } } as const;

/** Free text's size: a heading on the map. */
export const TEXT_NOTE_SIZE = 20;

/**
 * How big a note's words are set: free text as a heading, a sticky note's words shrinking
 * as they grow (22 px down to 12) so a full note still fits its paper. The canvas and the
 * exports both use it, so a note reads the same in both.
 */
export function noteFontSize(kind: NoteKind, text: string, width: number, height: number): number {
  if (kind === 'text') return TEXT_NOTE_SIZE;
  const room = Math.sqrt((width * height) / Math.max(text.length, 1)) * 0.62;
  return Math.round(Math.max(12, Math.min(22, room)));
}

/**
 * A note's words as lines that fit its box: its own line breaks kept, long lines wrapped,
 * and what does not fit cut with an ellipsis.
 */
export function noteLines(
  kind: NoteKind,
  text: string,
  box: { w: number; h: number },
): { lines: string[]; size: number; lineHeight: number } {
  const size = noteFontSize(kind, text, box.w, box.h);
  const lineHeight = Math.round(size * 1.3);
  const pad = NOTE_PADDING[kind];
  const width = box.w - 2 * pad.x;
  const maxLines = Math.max(1, Math.floor((box.h - 2 * pad.y) / lineHeight));
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const wrapped = paragraph.trim()
      ? wrapText(paragraph, size, width, { bold: kind === 'text' })
      : [''];
    lines.push(...wrapped);
  }
  if (lines.length <= maxLines) return { lines, size, lineHeight };
  const kept = lines.slice(0, maxLines);
  const last = kept.length - 1;
  kept[last] =
    wrapText(`${kept[last]} ${lines.slice(maxLines).join(' ')}`, size, width, {
      bold: kind === 'text',
      maxLines: 1,
    })[0] ?? '';
  if (!kept[last]?.endsWith('…')) kept[last] = `${kept[last]}…`;
  return { lines: kept, size, lineHeight };
}
