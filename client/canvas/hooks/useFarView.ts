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
 * Until the map is first fitted to the view it is true too: a whole system opens zoomed out,
 * and drawing every body in full only to measure it before the fit would double the work.
 */
export function useFarZoom(): boolean {
  const far = useStore(isFar);
  const fitting = useStore(isFitting);
  const [fitted, setFitted] = useState(false);
  useEffect(() => {
    if (!fitting) setFitted(true);
  }, [fitting]);
  return far || !fitted;
}

/** Whether the canvas shows the zoomed-out view, for the nodes and edges drawn inside it. */
export const FarViewContext = createContext(false);

/** True while the canvas this component is drawn in shows the zoomed-out view. */
export function useFarView(): boolean {
  return useContext(FarViewContext);
}
