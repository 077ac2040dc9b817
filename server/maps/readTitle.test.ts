import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initMap } from '../../shared/ydoc/index.ts';
import type { MapRecord } from '../store/DocStore.ts';
import type { Room } from '../sync/Room.ts';
import { readTitle } from './readTitle.ts';

const row = { id: 'map_0000001', title: 'As last compacted' } as MapRecord;

function roomWith(title: string, isReady: boolean): Room {
  const doc = new Y.Doc();
  initMap(doc, { title, createdAt: '2026-01-01T00:00:00.000Z' });
  // A room still loading never settles here: the title must not wait for it.
  return { doc, isReady, loaded: new Promise(() => {}) } as unknown as Room;
}

describe('a map title for the API', () => {
  it("is the loaded room's live title", async () => {
    const room = roomWith('Renamed live', true);
    expect(readTitle(row, { get: () => room })).toBe('Renamed live');
  });

  it("is the row's while the room still builds its doc, without waiting for it", async () => {
    const room = roomWith('Renamed live', false);
    expect(readTitle(row, { get: () => room })).toBe('As last compacted');
  });

  it("is the row's when no room is open", async () => {
    expect(readTitle(row, { get: () => undefined })).toBe('As last compacted');
  });
});
