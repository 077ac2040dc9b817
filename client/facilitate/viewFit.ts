import type { SharedViewport } from '../collab/presence.ts';

/** React Flow's viewport: the flow is drawn at `zoom`, shifted by `x`,`y` screen pixels. */
export interface FlowViewport {
  x: number;
  y: number;
  zoom: number;
}

/** A rectangle in flow coordinates. */
export interface FlowRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The size of a pane, in screen pixels. */
export interface PaneSize {
  width: number;
  height: number;
}

/** How far the canvas may zoom (MapCanvas's minZoom; React Flow's default maxZoom). */
export interface ZoomLimits {
  minZoom: number;
  maxZoom: number;
}

export const DEFAULT_ZOOM_LIMITS: ZoomLimits = { minZoom: 0.02, maxZoom: 2 };

/** The part of the flow someone sees: their pane, mapped back through their pan and zoom. */
export function visibleFlowRect(viewport: SharedViewport): FlowRect {
  return {
    x: -viewport.x / viewport.zoom,
    y: -viewport.y / viewport.zoom,
    width: viewport.width / viewport.zoom,
    height: viewport.height / viewport.zoom,
  };
}

/**
 * The viewport that shows all of `rect`, centred, as large as fits in `pane` (within the zoom
 * limits): the other side of the rectangle shows a little more where the panes' shapes differ.
 */
export function fitRect(rect: FlowRect, pane: PaneSize, limits: ZoomLimits): FlowViewport {
  const zoom = clamp(
    Math.min(pane.width / rect.width, pane.height / rect.height),
    limits.minZoom,
    limits.maxZoom,
  );
  const centreX = rect.x + rect.width / 2;
  const centreY = rect.y + rect.height / 2;
  return { x: pane.width / 2 - centreX * zoom, y: pane.height / 2 - centreY * zoom, zoom };
}

/**
 * The viewport that shows, in this pane, what a leader sees in theirs; null when what they
 * shared cannot be used. A leader whose pane size is unknown (0) is matched pan for pan and
 * zoom for zoom.
 */
export function viewportToShow(
  leader: SharedViewport,
  pane: PaneSize,
  limits: ZoomLimits = DEFAULT_ZOOM_LIMITS,
): FlowViewport | null {
  if (!isUsable(leader)) return null;
  if (leader.width <= 0 || leader.height <= 0 || pane.width <= 0 || pane.height <= 0) {
    return { x: leader.x, y: leader.y, zoom: clamp(leader.zoom, limits.minZoom, limits.maxZoom) };
  }
  return fitRect(visibleFlowRect(leader), pane, limits);
}

/** Whether two viewports look the same (within a fraction of a pixel and of a zoom step). */
export function sameViewport(a: FlowViewport, b: FlowViewport): boolean {
  return Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.zoom - b.zoom) < 1e-3;
}

// A viewport read from someone else's presence is checked before it moves anyone's view.
function isUsable(viewport: SharedViewport): boolean {
  return (
    [viewport.x, viewport.y, viewport.zoom, viewport.width, viewport.height].every(
      (n) => typeof n === 'number' && Number.isFinite(n),
    ) && viewport.zoom > 0
  );
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
