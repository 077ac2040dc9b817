import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  changesById,
  diffSnapshots,
  type ElementChangeKind,
  type SnapshotDiff,
} from '../../shared/versions/diffSnapshots.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import type { MapState } from '../store/mapStore.ts';
import { mapStateOf } from '../store/staticMapStore.ts';
import { withGhosts } from './withGhosts.ts';

/** The live map compared with a saved version: the map with ghosts, and how it differs. */
export interface ComparedState extends MapState {
  diff: SnapshotDiff;
  /** Each differing element's change, for the canvas's highlights. */
  changes: ReadonlyMap<string, ElementChangeKind>;
}

/** A comparison's store; it follows the live map between `connect()` and its teardown. */
export interface ComparedMapStore extends StoreApi<ComparedState> {
  /** Follows the live map from now on; returns the teardown. */
  connect: () => () => void;
}

/**
 * The live map compared with a saved version, as a store of the map's shape: the map now
 * with the version's removed elements as ghosts (withGhosts.ts). Records the live map did not
 * change keep their identity, so a body's selector fires only when that body changed.
 */
export function createComparedMapStore(
  live: StoreApi<MapState>,
  version: MapSnapshot,
): ComparedMapStore {
  const compare = (now: MapSnapshot, previous?: ComparedState): ComparedState => {
    const diff = diffSnapshots(version, now);
    return {
      ...mapStateOf(withGhosts(now, diff), previous),
      touched: live.getState().touched,
      diff,
      changes: changesById(diff),
    };
  };
  let compared = live.getState().snapshot;
  const store = createStore<ComparedState>(() => compare(compared));
  const follow = (state: MapState) => {
    if (state.snapshot === compared) return;
    compared = state.snapshot;
    store.setState(compare(compared, store.getState()), true);
  };
  return Object.assign(store, {
    connect: () => {
      follow(live.getState());
      return live.subscribe(follow);
    },
  });
}
