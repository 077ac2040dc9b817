import { describe, expect, it } from 'vitest';
import type { CommentRecord, CommentThread } from '../../shared/ydoc/comments.ts';
import { lastActivity, visibleThreads } from './visibleThreads.ts';

function comment(id: string, minute: number, fields: Partial<CommentRecord> = {}): CommentRecord {
  const createdAt = new Date(Date.UTC(2026, 0, 15, 9, minute)).toISOString();
  return { id, authorName: 'Alice', text: id, createdAt, resolved: false, ...fields };
}

function thread(
  id: string,
  minute: number,
  anchor: { targetId: string } | { position: { x: number; y: number } },
  { resolved = false, replyMinutes = [] as number[] } = {},
): CommentThread {
  return {
    id,
    ...anchor,
    resolved,
    root: comment(id, minute, { ...anchor, resolved }),
    replies: replyMinutes.map((m, i) => comment(`${id}-reply-${i}`, m, { replyTo: id })),
  };
}

const threads = [
  thread('icb-old', 1, { targetId: 'icb' }, { replyMinutes: [40] }),
  thread('icb-new', 20, { targetId: 'icb' }),
  thread('trust', 10, { targetId: 'trust' }, { resolved: true }),
  thread('pinned', 30, { position: { x: 0, y: 0 } }),
];

describe('visibleThreads', () => {
  it('lists open threads, the most recently active first', () => {
    expect(visibleThreads(threads, { showResolved: false }).map((t) => t.id)).toEqual([
      'icb-old',
      'pinned',
      'icb-new',
    ]);
  });

  it('adds resolved threads when asked', () => {
    expect(visibleThreads(threads, { showResolved: true }).map((t) => t.id)).toEqual([
      'icb-old',
      'pinned',
      'icb-new',
      'trust',
    ]);
  });

  it("keeps to one element's threads", () => {
    const ids = (showResolved: boolean, elementId: string) =>
      visibleThreads(threads, { elementId, showResolved }).map((t) => t.id);
    expect(ids(false, 'icb')).toEqual(['icb-old', 'icb-new']);
    expect(ids(false, 'trust')).toEqual([]);
    expect(ids(true, 'trust')).toEqual(['trust']);
  });

  it('does not reorder the list it was given', () => {
    visibleThreads(threads, { showResolved: true });
    expect(threads.map((t) => t.id)).toEqual(['icb-old', 'icb-new', 'trust', 'pinned']);
  });
});

describe('lastActivity', () => {
  it('is the newest reply, or the first comment of a thread without replies', () => {
    expect(lastActivity(threads[0] as CommentThread)).toBe('2026-01-15T09:40:00.000Z');
    expect(lastActivity(threads[1] as CommentThread)).toBe('2026-01-15T09:20:00.000Z');
  });
});
