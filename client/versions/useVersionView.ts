import { useCallback, useMemo, useRef, useState } from 'react';
import {
  changesById,
  diffSnapshots,
  type ElementChangeKind,
  type SnapshotDiff,
} from '../../shared/versions/diffSnapshots.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import type { MapVersion } from '../app/api.ts';
import { fetchVersionSnapshot } from './fetchVersionSnapshot.ts';
import { withGhosts } from './withGhosts.ts';

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
  /** What the canvas draws: the map now, the version, or the map now with removed ghosts. */
  shown: MapSnapshot;
  /** While comparing: how the map now differs from the version. */
  diff: SnapshotDiff | null;
  /** While comparing: each differing element's change, for the canvas's highlights. */
  changes: ReadonlyMap<string, ElementChangeKind>;
  /** The validator's flags while the canvas shows the map now; none on a saved version. */
  flagsFor: <T>(flags: ReadonlyMap<string, T>) => ReadonlyMap<string, T>;
}

const NO_CHANGES: ReadonlyMap<string, ElementChangeKind> = new Map();
const NO_FLAGS = new Map<string, never>();

/**
 * A saved version shown read-only on the canvas, or compared with the live map, which keeps
 * syncing underneath: the comparison follows every change anyone makes. Versions never
 * change once saved, so each is fetched once.
 */
export function useVersionView(mapId: string, token: string, live: MapSnapshot): VersionView {
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

  const comparing = opened?.mode === 'comparing' ? opened.snapshot : null;
  const diff = useMemo(
    () => (comparing ? diffSnapshots(comparing, live) : null),
    [comparing, live],
  );
  const changes = useMemo(() => (diff ? changesById(diff) : NO_CHANGES), [diff]);
  const shown = useMemo(() => {
    if (!opened) return live;
    return diff ? withGhosts(live, diff) : opened.snapshot;
  }, [opened, diff, live]);

  const viewing = opened?.mode === 'viewing';
  const flagsFor = useCallback(
    <T>(flags: ReadonlyMap<string, T>): ReadonlyMap<string, T> => (viewing ? NO_FLAGS : flags),
    [viewing],
  );

  return { opened, loading, open, show, close, shown, diff, changes, flagsFor };
}
