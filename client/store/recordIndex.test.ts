import { describe, expect, it } from 'vitest';
import { RecordIndex } from './recordIndex.ts';

const records = Array.from({ length: 500 }, (_, i) => ({ id: `body-${i}`, label: `Body ${i}` }));

describe('RecordIndex', () => {
  it('finds, counts and lists every record', () => {
    const index = RecordIndex.of(records);
    expect(index.size).toBe(500);
    expect(index.get('body-42')).toBe(records[42]);
    expect(index.has('body-500')).toBe(false);
    expect(new Map(index)).toEqual(new Map(records.map((r) => [r.id, r])));
    expect([...index.keys()].sort()).toEqual(records.map((r) => r.id).sort());
  });

  it('changes a copy and leaves the index it came from as it was', () => {
    const index = RecordIndex.of(records);
    const renamed = { id: 'body-1', label: 'Renamed' };
    const added = { id: 'body-new', label: 'New' };
    const next = index.with([
      ['body-1', renamed],
      ['body-2', undefined],
      ['body-new', added],
    ]);
    expect(next.get('body-1')).toBe(renamed);
    expect(next.has('body-2')).toBe(false);
    expect(next.get('body-new')).toBe(added);
    expect(next.size).toBe(500);
    expect(index.get('body-1')).toBe(records[1]);
    expect(index.has('body-2')).toBe(true);
    expect(index.has('body-new')).toBe(false);
    expect(index.size).toBe(500);
  });

  it('is the same object after changes that change nothing', () => {
    const index = RecordIndex.of(records);
    expect(
      index.with([
        ['body-3', records[3]],
        ['absent', undefined],
      ]),
    ).toBe(index);
  });

  it('names the ids added, replaced or removed since an index it was made from', () => {
    const index = RecordIndex.of(records);
    const next = index.with([
      ['body-1', { id: 'body-1', label: 'Renamed' }],
      ['body-2', undefined],
      ['body-new', { id: 'body-new', label: 'New' }],
      ['body-3', records[3]],
    ]);
    expect(next.idsChangedSince(index).sort()).toEqual(['body-1', 'body-2', 'body-new']);
    expect(index.idsChangedSince(next).sort()).toEqual(['body-1', 'body-2', 'body-new']);
    expect(next.idsChangedSince(next)).toEqual([]);
    // Indexes made apart from each other are compared record by record.
    expect(RecordIndex.of(records).idsChangedSince(index)).toEqual([]);
  });
});
