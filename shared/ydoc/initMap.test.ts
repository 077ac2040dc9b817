import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initMap, MAX_TITLE_LENGTH, setTitle } from './initMap.ts';
import { readMap } from './readMap.ts';

describe('setTitle', () => {
  const fresh = () => {
    const doc = new Y.Doc();
    initMap(doc, { title: 'Draft', createdAt: '2026-12-01T00:00:00Z' });
    return doc;
  };

  it('renames the map, trimmed, in one transaction', () => {
    const doc = fresh();
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    expect(setTitle(doc, null, '  Leeds place partnership  ')).toEqual({ ok: true });
    expect(readMap(doc).title).toBe('Leeds place partnership');
    expect(transactions).toBe(1);
  });

  it('refuses a blank or too long title and keeps the old one', () => {
    const doc = fresh();
    expect(setTitle(doc, null, '   ')).toEqual({ ok: false, reason: 'A map needs a title.' });
    const long = setTitle(doc, null, 'x'.repeat(MAX_TITLE_LENGTH + 1));
    expect(long.ok).toBe(false);
    expect(readMap(doc).title).toBe('Draft');
  });
});
