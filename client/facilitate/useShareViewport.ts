import { type ReactFlowState, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { type SharedViewport, sharePresence } from '../collab/presence.ts';

/** At most this many viewport updates a second go out: enough to follow, light on 60 laptops. */
const SHARES_PER_SECOND = 10;

/** The viewport a React Flow store shows, with its pane's size, as others can follow it. */
export function sharedViewportOf(state: Pick<ReactFlowState, 'transform' | 'width' | 'height'>) {
  const [x, y, zoom] = state.transform;
  return { x, y, zoom, width: state.width, height: state.height } satisfies SharedViewport;
}

/**
 * Shares where this participant is looking whenever the canvas pans, zooms or is resized, at
 * most ten times a second and always ending on the latest view.
 */
export function useShareViewport(awareness: Awareness): void {
  const store = useStoreApi();
  useEffect(() => {
    const interval = 1000 / SHARES_PER_SECOND;
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const share = () => {
      timer = null;
      last = Date.now();
      const state = store.getState();
      if (state.width > 0 && state.height > 0) {
        sharePresence(awareness, 'viewport', sharedViewportOf(state));
      }
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (
        state.transform === previous.transform &&
        state.width === previous.width &&
        state.height === previous.height
      ) {
        return;
      }
      if (timer !== null) return;
      timer = setTimeout(share, Math.max(0, last + interval - Date.now()));
    });
    share();
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [store, awareness]);
}
