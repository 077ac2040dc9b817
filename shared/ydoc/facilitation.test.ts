import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  readTimer,
  setViewersMayComment,
  startTimer,
  stopTimer,
  TIMER_KEY,
  VIEWERS_MAY_COMMENT_KEY,
  viewersMayComment,
} from './facilitation.ts';
import { mapDoc } from './layout.ts';
import { createUndoManager } from './undo.ts';

const origin = { kind: 'local', participantId: 'facilitator' } as const;
const NOW = Date.UTC(2025, 2, 11, 10, 0, 0);

/** Two docs kept in step as if through the server, both ways. */
function pair(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (update: Uint8Array) => Y.applyUpdate(b, update, 'remote'));
  b.on('update', (update: Uint8Array) => Y.applyUpdate(a, update, 'remote'));
  return [a, b];
}

function countTransactions(doc: Y.Doc): () => number {
  let count = 0;
  doc.on('afterTransaction', () => count++);
  return () => count;
}

describe('the countdown', () => {
  it('is absent until started', () => {
    expect(readTimer(new Y.Doc())).toBeNull();
  });

  it('starts: ends the given time after now, and remembers how long it was set for', () => {
    const doc = new Y.Doc();
    startTimer(doc, origin, 5 * 60_000, NOW);
    expect(readTimer(doc)).toEqual({ endsAt: NOW + 300_000, durationMs: 300_000 });
  });

  it('keeps a label when given one, and leaves it out when empty', () => {
    const doc = new Y.Doc();
    startTimer(doc, origin, 120_000, NOW, 'Discuss in tables');
    expect(readTimer(doc)).toEqual({
      endsAt: NOW + 120_000,
      durationMs: 120_000,
      label: 'Discuss in tables',
    });
    startTimer(doc, origin, 120_000, NOW, '');
    expect(readTimer(doc)).not.toHaveProperty('label');
  });

  it('starts from the clock when no time is given', () => {
    const doc = new Y.Doc();
    const before = Date.now();
    startTimer(doc, origin, 60_000);
    const timer = readTimer(doc);
    expect(timer?.endsAt).toBeGreaterThanOrEqual(before + 60_000);
    expect(timer?.endsAt).toBeLessThanOrEqual(Date.now() + 60_000);
  });

  it('restarts: a new start replaces the running countdown', () => {
    const doc = new Y.Doc();
    startTimer(doc, origin, 15 * 60_000, NOW, 'Long');
    startTimer(doc, origin, 2 * 60_000, NOW + 1000);
    expect(readTimer(doc)).toEqual({ endsAt: NOW + 1000 + 120_000, durationMs: 120_000 });
  });

  it('starts and stops each in one transaction with the given origin', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    startTimer(doc, origin, 60_000, NOW);
    stopTimer(doc, origin);
    expect(origins).toEqual([origin, origin]);
  });

  it('stops: the countdown is gone', () => {
    const doc = new Y.Doc();
    startTimer(doc, origin, 60_000, NOW);
    stopTimer(doc, origin);
    expect(readTimer(doc)).toBeNull();
    expect(mapDoc(doc).meta.has(TIMER_KEY)).toBe(false);
  });

  it('stopping when none runs writes nothing', () => {
    const doc = new Y.Doc();
    const transactions = countTransactions(doc);
    stopTimer(doc, origin);
    expect(transactions()).toBe(0);
  });

  it('reaches every copy of the map, and so survives a reload from the stored updates', () => {
    const [facilitator, participant] = pair();
    startTimer(facilitator, origin, 10 * 60_000, NOW, 'Vote');
    expect(readTimer(participant)).toEqual(readTimer(facilitator));

    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(facilitator));
    expect(readTimer(reloaded)).toEqual({
      endsAt: NOW + 600_000,
      durationMs: 600_000,
      label: 'Vote',
    });

    stopTimer(facilitator, origin);
    expect(readTimer(participant)).toBeNull();
  });

  it.each([
    ['a string', 'five minutes'],
    ['a number', 300_000],
    ['no end', { durationMs: 60_000 }],
    ['a zero length', { endsAt: NOW, durationMs: 0 }],
    ['a negative length', { endsAt: NOW, durationMs: -60_000 }],
    ['an end that is not a number', { endsAt: 'soon', durationMs: 60_000 }],
    ['an infinite end', { endsAt: Number.POSITIVE_INFINITY, durationMs: 60_000 }],
    ['a label that is too long', { endsAt: NOW, durationMs: 60_000, label: 'x'.repeat(101) }],
  ])('reads a countdown stored as %s as none', (_what, stored) => {
    const doc = new Y.Doc();
    mapDoc(doc).meta.set(TIMER_KEY, stored);
    expect(readTimer(doc)).toBeNull();
  });

  it('is not undone with the map edits when started under an origin undo does not track', () => {
    const doc = new Y.Doc();
    const undo = createUndoManager(doc, origin);
    const facilitation = { kind: 'facilitation' };
    mapDoc(doc).meta.set('title', 'before');
    doc.transact(() => mapDoc(doc).meta.set('title', 'after'), origin);
    startTimer(doc, facilitation, 60_000, NOW);
    undo.undo();
    expect(mapDoc(doc).meta.get('title')).toBe('before');
    expect(readTimer(doc)).not.toBeNull();
  });
});

describe("the viewers' right to comment", () => {
  it('is on when the owner never switched it', () => {
    expect(viewersMayComment(new Y.Doc())).toBe(true);
  });

  it('switches off and on again, everywhere', () => {
    const [owner, viewer] = pair();
    setViewersMayComment(owner, origin, false);
    expect(viewersMayComment(owner)).toBe(false);
    expect(viewersMayComment(viewer)).toBe(false);
    setViewersMayComment(owner, origin, true);
    expect(viewersMayComment(viewer)).toBe(true);
    expect(mapDoc(viewer).meta.get(VIEWERS_MAY_COMMENT_KEY)).toBe(true);
  });

  it('writes one transaction with the given origin', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    setViewersMayComment(doc, origin, false);
    expect(origins).toEqual([origin]);
  });

  it('stays on unless the stored value is exactly false', () => {
    const doc = new Y.Doc();
    for (const stored of ['false', 0, null, 'no']) {
      mapDoc(doc).meta.set(VIEWERS_MAY_COMMENT_KEY, stored);
      expect(viewersMayComment(doc)).toBe(true);
    }
  });

  it('refuses a countdown of no length, writing nothing', () => {
    const doc = new Y.Doc();
    for (const length of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => startTimer(doc, origin, length, NOW)).toThrow(RangeError);
    }
    expect(readTimer(doc)).toBeNull();
  });
});
