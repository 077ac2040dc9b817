import { type ReactFlowState, useStore } from '@xyflow/react';
import { createContext, useContext, useEffect, useState } from 'react';

/**
 * Below this zoom a body's own text (15 px) would be under 9 px on screen: the canvas draws
 * the zoomed-out view instead (docs/canvas.md), where names are what a room reads.
 */
export const FAR_ZOOM = 0.6;

const isFar = (state: ReactFlowState) => state.transform[2] < FAR_ZOOM;
const isFitting = (state: ReactFlowState) => state.fitViewQueued;

/**
 * True while the map is zoomed out past FAR_ZOOM, read once for the whole canvas (which
 * re-renders only when the zoom crosses it) and handed to nodes and edges by FarViewContext,
 * so thousands of them add no subscription of their own to every frame of a pan.
 * On a big map it is true until the map is first fitted to the view too: a whole system
 * opens zoomed out, and drawing every body in full only to measure it before the fit would
 * double the work. A small map is drawn as it will be from the start, so its fit is measured
 * on bodies drawn in full.
 */
export function useFarZoom(bigMap: boolean): boolean {
  const far = useStore(isFar);
  const fitting = useStore(isFitting);
  // The fit is queued by React Flow after the canvas's first render (a provider above it
  // starts with none queued), so the first fit is over once one has been seen queued and then
  // done, not merely while none is queued.
  const [fit, setFit] = useState<'not queued' | 'queued' | 'done'>('not queued');
  useEffect(() => {
    setFit((phase) => {
      if (phase === 'not queued' && fitting) return 'queued';
      if (phase === 'queued' && !fitting) return 'done';
      return phase;
    });
  }, [fitting]);
  return far || (bigMap && fit !== 'done');
}

/** Whether the canvas shows the zoomed-out view, for the nodes and edges drawn inside it. */
export const FarViewContext = createContext(false);

/** True while the canvas this component is drawn in shows the zoomed-out view. */
export function useFarView(): boolean {
  return useContext(FarViewContext);
}
