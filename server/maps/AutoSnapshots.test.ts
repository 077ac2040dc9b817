import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VersionKind } from '../store/VersionStore.ts';
import { AUTO_SNAPSHOT_NAMES, AutoSnapshots } from './AutoSnapshots.ts';

interface Saved {
  name: string;
  createdAt: string;
  state: number;
  kind: VersionKind | undefined;
}

function setup() {
  const saved: Saved[] = [];
  let state = 0;
  const errors: unknown[] = [];
  const snapshots = new AutoSnapshots({
    mapId: 'map_0000001',
    store: {
      saveVersion: async (_mapId, name, createdAt, bytes, kind) => {
        saved.push({ name, createdAt, state: bytes[0] ?? -1, kind });
        return { id: saved.length, name, createdAt, kind: kind ?? 'named' };
      },
    },
    state: () => new Uint8Array([state]),
    onError: (error) => errors.push(error),
  });
  return { saved, errors, snapshots, setState: (value: number) => (state = value) };
}

const MINUTE = 60_000;

describe('AutoSnapshots', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-01T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('keeps one automatic version when the session ends, of the map as it was then', async () => {
    const { saved, snapshots, setState } = setup();
    snapshots.edited();
    setState(7);
    await snapshots.end();
    setState(8);
    expect(saved).toEqual([
      {
        name: AUTO_SNAPSHOT_NAMES.ended,
        createdAt: '2026-12-01T10:00:00.000Z',
        state: 7,
        kind: 'auto',
      },
    ]);
  });

  it('keeps none for a session in which nobody edited', async () => {
    const { saved, snapshots } = setup();
    vi.advanceTimersByTime(120 * MINUTE);
    await snapshots.end();
    expect(saved).toEqual([]);
  });

  it('keeps one every 30 minutes while editing goes on, none more when it stops right after', async () => {
    const { saved, snapshots } = setup();
    // An edit every 5 minutes for 65 minutes.
    for (let minute = 0; minute <= 65; minute += 5) {
      vi.setSystemTime(new Date(Date.parse('2026-12-01T10:00:00Z') + minute * MINUTE));
      snapshots.edited();
    }
    await snapshots.end();
    expect(saved.map((version) => [version.name, version.createdAt])).toEqual([
      [AUTO_SNAPSHOT_NAMES.interval, '2026-12-01T10:30:00.000Z'],
      [AUTO_SNAPSHOT_NAMES.interval, '2026-12-01T11:05:00.000Z'],
    ]);
  });

  it('keeps one when editing pauses for ten minutes, with people still in the room', async () => {
    const { saved, snapshots } = setup();
    snapshots.edited();
    await vi.advanceTimersByTimeAsync(9 * MINUTE);
    expect(saved).toEqual([]);
    snapshots.edited();
    // Ten minutes after the first edit, one after the last: not a pause yet.
    await vi.advanceTimersByTimeAsync(9 * MINUTE);
    await snapshots.settled();
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1 * MINUTE);
    await snapshots.settled();
    expect(saved.map((version) => [version.name, version.createdAt])).toEqual([
      [AUTO_SNAPSHOT_NAMES.idle, '2026-12-01T10:19:00.000Z'],
    ]);
    // Nothing edited since: the end of the session keeps nothing more.
    await snapshots.end();
    expect(saved).toHaveLength(1);
  });

  it('reports a store that fails and goes on', async () => {
    const errors: unknown[] = [];
    const snapshots = new AutoSnapshots({
      mapId: 'map_0000001',
      store: { saveVersion: () => Promise.reject(new Error('disk full')) },
      state: () => new Uint8Array([1]),
      onError: (error) => errors.push(error),
    });
    snapshots.edited();
    await snapshots.end();
    expect(errors).toEqual([new Error('disk full')]);
  });
});
