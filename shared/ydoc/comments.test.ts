import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addComment,
  MAX_COMMENT_LENGTH,
  movePinnedThread,
  openThreadCounts,
  readThreads,
  replyToComment,
  setThreadResolved,
} from './comments.ts';
import { mapDoc } from './layout.ts';
import { createLocalOrigin } from './origin.ts';

const ALICE = { id: 'alice-participant', name: 'Alice' };
const BOB = { id: 'bob-participant', name: 'Bob' };
const ICB = 'icb-element-1';
const TRUST = 'trust-element-1';

/** Minutes after a fixed morning, so that every comment has a known time. */
function at(minutes: number): Date {
  return new Date(Date.UTC(2026, 0, 15, 9, minutes));
}

function setup() {
  const doc = new Y.Doc();
  return { doc, origin: createLocalOrigin(ALICE.id) };
}

/** Writes a raw comment, as an older or misbehaving client might. */
function writeRaw(doc: Y.Doc, id: string, fields: Record<string, unknown>): void {
  const comment = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) comment.set(key, value);
  mapDoc(doc).comments.set(id, comment);
}

describe('addComment', () => {
  it('starts an open thread on an element, with its author and time', () => {
    const { doc, origin } = setup();
    const id = addComment(doc, origin, { targetId: ICB }, ALICE, '  Who chairs this?  ', at(0));

    const [thread, ...others] = readThreads(doc);
    expect(others).toEqual([]);
    expect(thread).toEqual({
      id,
      targetId: ICB,
      resolved: false,
      root: {
        id,
        targetId: ICB,
        authorId: ALICE.id,
        authorName: 'Alice',
        text: 'Who chairs this?',
        createdAt: '2026-01-15T09:00:00.000Z',
        resolved: false,
      },
      replies: [],
    });
  });

  it('pins a thread to a point of the canvas', () => {
    const { doc, origin } = setup();
    const id = addComment(doc, origin, { position: { x: 120, y: -40 } }, BOB, 'Room for a PCN');

    const [thread] = readThreads(doc);
    expect(thread?.id).toBe(id);
    expect(thread?.position).toEqual({ x: 120, y: -40 });
    expect(thread?.targetId).toBeUndefined();
  });

  it('refuses a comment with no text', () => {
    const { doc, origin } = setup();
    expect(() => addComment(doc, origin, { targetId: ICB }, ALICE, '   \n ')).toThrow(/text/);
    expect(readThreads(doc)).toEqual([]);
  });

  it('cuts overlong text and names, and calls a nameless author "Someone"', () => {
    const { doc, origin } = setup();
    addComment(doc, origin, { targetId: ICB }, { id: 'x', name: '   ' }, 'a'.repeat(5000), at(0));
    addComment(doc, origin, { targetId: ICB }, { id: 'y', name: 'N'.repeat(300) }, 'ok', at(1));

    const [first, second] = readThreads(doc);
    expect(first?.root.text).toHaveLength(MAX_COMMENT_LENGTH);
    expect(first?.root.authorName).toBe('Someone');
    expect(second?.root.authorName).toHaveLength(100);
  });

  it('writes with the given origin, so the writer can tell its own changes', () => {
    const { doc, origin } = setup();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    addComment(doc, origin, { targetId: ICB }, ALICE, 'Hello');
    expect(origins).toEqual([origin]);
  });
});

describe('replyToComment', () => {
  it('keeps replies in the order they were written, whatever order they arrive in', () => {
    const { doc, origin } = setup();
    const thread = addComment(doc, origin, { targetId: ICB }, ALICE, 'Who chairs this?', at(0));
    // Written later, arriving first: a reply synced from someone who was offline.
    replyToComment(doc, origin, thread, ALICE, 'Third', at(30));
    replyToComment(doc, origin, thread, BOB, 'First', at(10));
    replyToComment(doc, origin, thread, ALICE, 'Second', at(20));

    const [read] = readThreads(doc);
    expect(read?.replies.map((r) => r.text)).toEqual(['First', 'Second', 'Third']);
    expect(read?.replies.map((r) => r.authorName)).toEqual(['Bob', 'Alice', 'Alice']);
    expect(read?.replies.every((r) => r.replyTo === thread)).toBe(true);
  });

  it('does not make a reply a thread of its own, nor count it', () => {
    const { doc, origin } = setup();
    const thread = addComment(doc, origin, { targetId: ICB }, ALICE, 'Root', at(0));
    replyToComment(doc, origin, thread, BOB, 'Reply', at(1));

    expect(readThreads(doc).map((t) => t.id)).toEqual([thread]);
    expect(openThreadCounts(readThreads(doc)).get(ICB)).toBe(1);
  });

  it('drops replies whose thread is gone', () => {
    const { doc, origin } = setup();
    const thread = addComment(doc, origin, { targetId: ICB }, ALICE, 'Root', at(0));
    replyToComment(doc, origin, thread, BOB, 'Reply', at(1));
    mapDoc(doc).comments.delete(thread);

    expect(readThreads(doc)).toEqual([]);
  });
});

describe('threads, oldest first', () => {
  it('orders threads by when they were started, ids breaking ties', () => {
    const { doc, origin } = setup();
    const tied = { targetId: ICB, authorName: 'Carol', createdAt: at(5).toISOString() };
    addComment(doc, origin, { targetId: ICB }, ALICE, 'Late', at(50));
    writeRaw(doc, 'bbbbbbbbbb', { ...tied, text: 'Tie B' });
    writeRaw(doc, 'aaaaaaaaaa', { ...tied, text: 'Tie A' });
    addComment(doc, origin, { targetId: TRUST }, BOB, 'Early', at(4));

    expect(readThreads(doc).map((t) => t.root.text)).toEqual(['Early', 'Tie A', 'Tie B', 'Late']);
  });
});

describe('setThreadResolved', () => {
  it('resolves and reopens a thread, replies and all', () => {
    const { doc, origin } = setup();
    const thread = addComment(doc, origin, { targetId: ICB }, ALICE, 'Root', at(0));
    replyToComment(doc, origin, thread, BOB, 'Done', at(1));

    setThreadResolved(doc, origin, thread, true);
    expect(readThreads(doc)[0]?.resolved).toBe(true);
    expect(readThreads(doc)[0]?.replies).toHaveLength(1);
    expect(openThreadCounts(readThreads(doc)).has(ICB)).toBe(false);

    setThreadResolved(doc, origin, thread, false);
    expect(readThreads(doc)[0]?.resolved).toBe(false);
    expect(openThreadCounts(readThreads(doc)).get(ICB)).toBe(1);
  });

  it('writes nothing when the thread is already so, or is not there', () => {
    const { doc, origin } = setup();
    const thread = addComment(doc, origin, { targetId: ICB }, ALICE, 'Root');
    let updates = 0;
    doc.on('update', () => updates++);

    setThreadResolved(doc, origin, thread, false);
    setThreadResolved(doc, origin, 'not-a-thread-id', true);
    expect(updates).toBe(0);
  });
});

describe('movePinnedThread', () => {
  it('moves a pinned thread', () => {
    const { doc, origin } = setup();
    const pinned = addComment(doc, origin, { position: { x: 0, y: 0 } }, ALICE, 'Here');
    movePinnedThread(doc, origin, pinned, { x: 300, y: 150 });
    expect(readThreads(doc)[0]?.position).toEqual({ x: 300, y: 150 });
  });

  it('leaves a thread on an element where it is', () => {
    const { doc, origin } = setup();
    const onElement = addComment(doc, origin, { targetId: ICB }, ALICE, 'On the ICB');
    movePinnedThread(doc, origin, onElement, { x: 300, y: 150 });
    const [thread] = readThreads(doc);
    expect(thread?.position).toBeUndefined();
    expect(thread?.targetId).toBe(ICB);
  });
});

describe('openThreadCounts', () => {
  it('counts open threads per element, leaving out resolved and pinned ones', () => {
    const { doc, origin } = setup();
    addComment(doc, origin, { targetId: ICB }, ALICE, 'One', at(0));
    addComment(doc, origin, { targetId: ICB }, BOB, 'Two', at(1));
    const done = addComment(doc, origin, { targetId: TRUST }, ALICE, 'Done', at(2));
    addComment(doc, origin, { position: { x: 1, y: 2 } }, ALICE, 'Pinned', at(3));
    setThreadResolved(doc, origin, done, true);

    expect([...openThreadCounts(readThreads(doc))]).toEqual([[ICB, 2]]);
  });
});

describe('readThreads with invalid entries', () => {
  it('skips comments that do not parse, and never throws', () => {
    const { doc, origin } = setup();
    const good = addComment(doc, origin, { targetId: ICB }, ALICE, 'Good', at(0));
    const valid = { targetId: ICB, authorName: 'X', text: 'x', createdAt: at(1).toISOString() };
    writeRaw(doc, 'no-text-0001', { ...valid, text: '' });
    writeRaw(doc, 'no-author-01', { ...valid, authorName: undefined });
    writeRaw(doc, 'bad-target-1', { ...valid, targetId: 'not an id!' });
    writeRaw(doc, 'bad-where-01', { ...valid, targetId: undefined, position: { x: 'left', y: 0 } });
    writeRaw(doc, 'nowhere-0001', { ...valid, targetId: undefined });
    writeRaw(doc, 'too-long-001', { ...valid, text: 'x'.repeat(MAX_COMMENT_LENGTH + 1) });
    writeRaw(doc, 'bad-resolv-1', { ...valid, resolved: 'yes' });
    writeRaw(doc, 'bad id', valid);
    mapDoc(doc).comments.set('not-a-map-01', 'just a string' as unknown as Y.Map<unknown>);
    writeRaw(doc, 'bad-reply-01', {
      replyTo: good,
      authorName: 'X',
      text: 'x',
      createdAt: 42,
    });

    const threads = readThreads(doc);
    expect(threads.map((t) => t.id)).toEqual([good]);
    expect(threads[0]?.replies).toEqual([]);
  });

  it('reads a thread written without a resolved flag as open', () => {
    const { doc } = setup();
    writeRaw(doc, 'old-comment1', {
      targetId: ICB,
      authorName: 'An older client',
      text: 'Before resolve existed',
      createdAt: at(0).toISOString(),
    });
    const [thread] = readThreads(doc);
    expect(thread?.resolved).toBe(false);
    expect(openThreadCounts(readThreads(doc)).get(ICB)).toBe(1);
  });
});

describe('comments between two peers', () => {
  it('reach the other peer, who can reply and resolve', () => {
    const alice = new Y.Doc();
    const bob = new Y.Doc();
    alice.on('update', (update: Uint8Array) => Y.applyUpdate(bob, update, 'remote'));
    bob.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'remote') Y.applyUpdate(alice, update, 'remote');
    });
    const thread = addComment(alice, createLocalOrigin(ALICE.id), { targetId: ICB }, ALICE, 'Q');
    const bobOrigin = createLocalOrigin(BOB.id);
    replyToComment(bob, bobOrigin, thread, BOB, 'A');
    setThreadResolved(bob, bobOrigin, thread, true);

    const [seen] = readThreads(alice);
    expect(seen?.replies.map((r) => r.text)).toEqual(['A']);
    expect(seen?.resolved).toBe(true);
  });
});
