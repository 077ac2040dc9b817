import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ElementChangeKind, SnapshotDiff } from '../../shared/versions/diffSnapshots.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import type { MapVersion } from '../app/api.ts';
import type { MapState } from '../store/mapStore.ts';
import { createStaticMapStore } from '../store/staticMapStore.ts';
import { type ComparedState, createComparedMapStore } from './comparedMapStore.ts';
import { fetchVersionSnapshot } from './fetchVersionSnapshot.ts';

/** Looking at a saved version alone, or at the map now compared with it. */
export type VersionMode = 'viewing' | 'comparing';

/** A saved version open on the canvas. */
export interface OpenedVersion {
  version: MapVersion;
  snapshot: MapSnapshot;
  mode: VersionMode;
}

/** What the workspace needs to show a saved version instead of, or against, the map now. */
export interface VersionView {
  opened: OpenedVersion | null;
  /** The id of the version being fetched, while it is. */
  loading: number | null;
  /** Opens a version read-only; rejects with the reason when it cannot be fetched. */
  open: (version: MapVersion, mode?: VersionMode) => Promise<void>;
  /** Switches the open version between viewing and comparing. */
  show: (mode: VersionMode) => void;
  /** Back to the live map, editable again. */
  close: () => void;
  /**
   * What the canvas draws, as a store of the map's shape: the live map's own store, the
   * version's, or the map now with removed ghosts. Provide it as ShownMapContext.
   */
  shownStore: StoreApi<MapState>;
  /** While comparing: how the map now differs from the version. */
  diff: SnapshotDiff | null;
  /** While comparing: each differing element's change, for the canvas's highlights. */
  changes: ReadonlyMap<string, ElementChangeKind>;
  /** The validator's flags while the canvas shows the map now; none on a saved version. */
  flagsFor: <T>(flags: ReadonlyMap<string, T>) => ReadonlyMap<string, T>;
}

const NO_CHANGES: ReadonlyMap<string, ElementChangeKind> = new Map();
const NO_FLAGS = new Map<string, never>();
type Comparison = Pick<ComparedState, 'changes'> & { diff: SnapshotDiff | null };
const NOT_COMPARING: StoreApi<Comparison> = createStore(() => ({
  diff: null,
  changes: NO_CHANGES,
}));

/**
 * A saved version shown read-only on the canvas, or compared with the live map, which keeps
 * syncing underneath: the comparison follows every change anyone makes. Versions never
 * change once saved, so each is fetched once.
 */
export function useVersionView(
  mapId: string,
  token: string,
  live: StoreApi<MapState>,
): VersionView {
  const [opened, setOpened] = useState<OpenedVersion | null>(null);
  const [loading, setLoading] = useState<number | null>(null);
  const fetched = useRef(new Map<number, MapSnapshot>());
  // Only the last request counts: opening another version or going back cancels the wait.
  const latest = useRef(0);

  const open = useCallback(
    async (version: MapVersion, mode: VersionMode = 'viewing') => {
      const request = ++latest.current;
      let snapshot = fetched.current.get(version.id);
      if (!snapshot) {
        setLoading(version.id);
        try {
          snapshot = await fetchVersionSnapshot(mapId, token, version.id);
          fetched.current.set(version.id, snapshot);
        } finally {
          if (request === latest.current) setLoading(null);
        }
      }
      if (request === latest.current) setOpened({ version, snapshot, mode });
    },
    [mapId, token],
  );

  const show = useCallback(
    (mode: VersionMode) => setOpened((current) => (current ? { ...current, mode } : current)),
    [],
  );

  const close = useCallback(() => {
    latest.current++;
    setLoading(null);
    setOpened(null);
  }, []);

  const version = opened?.snapshot ?? null;
  const comparing = opened?.mode === 'comparing';
  const stores = useMemo(() => {
    if (!version) return { shown: live, compared: null };
    if (!comparing) return { shown: createStaticMapStore(version), compared: null };
    const compared = createComparedMapStore(live, version);
    return { shown: compared, compared };
  }, [live, version, comparing]);
  const { compared } = stores;
  useEffect(() => compared?.connect(), [compared]);
  const shownStore: StoreApi<MapState> = stores.shown;
  const comparison: Pick<
    StoreApi<Comparison>,
    'getState' | 'getInitialState' | 'subscribe'
  > = compared ?? NOT_COMPARING;
  // Only while comparing do these change with the map.
  const diff = useStore(comparison, (state) => state.diff);
  const changes = useStore(comparison, (state) => state.changes);

  const viewing = opened?.mode === 'viewing';
  const flagsFor = useCallback(
    <T>(flags: ReadonlyMap<string, T>): ReadonlyMap<string, T> => (viewing ? NO_FLAGS : flags),
    [viewing],
  );

  return { opened, loading, open, show, close, shownStore, diff, changes, flagsFor };
}
