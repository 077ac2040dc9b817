import * as Y from 'yjs';
import { z } from 'zod';
import { ELEMENT_ID_PATTERN, newId } from '../model/ids.ts';
import { mapDoc } from './layout.ts';
import { positionSchema } from './schema.ts';

/** The longest comment, in characters. */
export const MAX_COMMENT_LENGTH = 4000;

const idSchema = z.string().regex(ELEMENT_ID_PATTERN, 'is not an id');

/**
 * A comment as stored (one Y.Map of plain values each). A thread starts with a comment on an
 * element (`targetId`) or pinned to the canvas (`position`); replies name it in `replyTo`.
 * Only a thread's first comment carries `resolved`.
 */
export const commentSchema = z.object({
  id: idSchema,
  targetId: idSchema.optional(),
  position: positionSchema.optional(),
  replyTo: idSchema.optional(),
  authorId: z.string().max(64).optional(),
  authorName: z.string().min(1).max(100),
  text: z.string().min(1).max(MAX_COMMENT_LENGTH),
  createdAt: z.string(),
  resolved: z.boolean().default(false),
});

/** A comment, read and checked. */
export type CommentRecord = z.infer<typeof commentSchema>;

/** A thread: its first comment, and the replies in the order they were written. */
export interface CommentThread {
  id: string;
  /** The element it is about, if any. */
  targetId?: string;
  /** Where it is pinned, for a thread on the canvas itself. */
  position?: { x: number; y: number };
  resolved: boolean;
  root: CommentRecord;
  replies: CommentRecord[];
}

/** Who writes a comment. */
export interface CommentAuthor {
  id: string;
  name: string;
}

/** Where a new thread goes: on an element, or pinned at a point of the canvas. */
export type CommentAnchor = { targetId: string } | { position: { x: number; y: number } };

function writeComment(doc: Y.Doc, origin: unknown, fields: Record<string, unknown>): string {
  const id = newId();
  doc.transact(() => {
    const comment = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) comment.set(key, value);
    }
    mapDoc(doc).comments.set(id, comment);
  }, origin);
  return id;
}

function cleanText(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new Error('A comment needs some text.');
  return trimmed.slice(0, MAX_COMMENT_LENGTH);
}

/** Starts a thread on an element or pinned to the canvas; returns its id. */
export function addComment(
  doc: Y.Doc,
  origin: unknown,
  anchor: CommentAnchor,
  author: CommentAuthor,
  text: string,
  now: Date = new Date(),
): string {
  return writeComment(doc, origin, {
    ...('targetId' in anchor
      ? { targetId: anchor.targetId }
      : { position: { x: anchor.position.x, y: anchor.position.y } }),
    authorId: author.id,
    authorName: author.name.trim().slice(0, 100) || 'Someone',
    text: cleanText(text),
    createdAt: now.toISOString(),
    resolved: false,
  });
}

/** Replies to a thread; returns the reply's id. */
export function replyToComment(
  doc: Y.Doc,
  origin: unknown,
  threadId: string,
  author: CommentAuthor,
  text: string,
  now: Date = new Date(),
): string {
  return writeComment(doc, origin, {
    replyTo: threadId,
    authorId: author.id,
    authorName: author.name.trim().slice(0, 100) || 'Someone',
    text: cleanText(text),
    createdAt: now.toISOString(),
  });
}

/** Resolves or reopens a thread. */
export function setThreadResolved(
  doc: Y.Doc,
  origin: unknown,
  threadId: string,
  resolved: boolean,
): void {
  const root = mapDoc(doc).comments.get(threadId);
  if (!(root instanceof Y.Map) || root.get('resolved') === resolved) return;
  doc.transact(() => root.set('resolved', resolved), origin);
}

/** Moves a pinned thread. */
export function movePinnedThread(
  doc: Y.Doc,
  origin: unknown,
  threadId: string,
  position: { x: number; y: number },
): void {
  const root = mapDoc(doc).comments.get(threadId);
  if (!(root instanceof Y.Map) || !root.has('position')) return;
  doc.transact(() => root.set('position', { x: position.x, y: position.y }), origin);
}

/**
 * Every thread, oldest first, with its replies. Comments that do not parse, and replies
 * whose thread is gone, are left out.
 */
export function readThreads(doc: Y.Doc): CommentThread[] {
  const records: CommentRecord[] = [];
  for (const [id, value] of mapDoc(doc).comments) {
    if (!(value instanceof Y.Map)) continue;
    const parsed = commentSchema.safeParse({ ...value.toJSON(), id });
    if (parsed.success) records.push(parsed.data);
  }
  records.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const threads = new Map<string, CommentThread>();
  for (const record of records) {
    if (record.replyTo !== undefined) continue;
    if (record.targetId === undefined && record.position === undefined) continue;
    threads.set(record.id, {
      id: record.id,
      ...(record.targetId !== undefined ? { targetId: record.targetId } : {}),
      ...(record.position !== undefined ? { position: record.position } : {}),
      resolved: record.resolved,
      root: record,
      replies: [],
    });
  }
  for (const record of records) {
    if (record.replyTo === undefined) continue;
    threads.get(record.replyTo)?.replies.push(record);
  }
  return [...threads.values()];
}

/** How many open threads each element has. */
export function openThreadCounts(threads: readonly CommentThread[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const thread of threads) {
    if (thread.resolved || thread.targetId === undefined) continue;
    counts.set(thread.targetId, (counts.get(thread.targetId) ?? 0) + 1);
  }
  return counts;
}
