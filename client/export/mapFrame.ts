import { getViewportForBounds, type Viewport } from '@xyflow/react';
import type { Rect } from './mapBounds.ts';

/** White space around the map's outermost nodes, in image pixels. */
export const MAP_MARGIN = 40;
/** The longest side an exported image may have, in pixels. */
export const MAX_IMAGE_SIDE = 4096;
/** Small maps are rendered at twice their size so text stays sharp when zoomed or printed. */
export const MAX_PIXEL_RATIO = 2;

/** The map's picture: its size in CSS pixels and the viewport transform that fills it. */
export interface MapFrame {
  width: number;
  height: number;
  viewport: Viewport;
}

/**
 * Frames the whole map, not just what is on screen: at full size when it fits, scaled down
 * when its longest side would pass `maxSide`.
 */
export function mapFrame(bounds: Rect, maxSide = MAX_IMAGE_SIDE): MapFrame {
  const paddedWidth = Math.max(bounds.width, 1) + 2 * MAP_MARGIN;
  const paddedHeight = Math.max(bounds.height, 1) + 2 * MAP_MARGIN;
  const zoom = Math.min(1, maxSide / paddedWidth, maxSide / paddedHeight);
  const width = Math.ceil(paddedWidth * zoom);
  const height = Math.ceil(paddedHeight * zoom);
  // Zoom is fixed (min = max), so this only centres the bounds in the frame.
  const viewport = getViewportForBounds(
    { ...bounds, width: Math.max(bounds.width, 1), height: Math.max(bounds.height, 1) },
    width,
    height,
    zoom,
    zoom,
    0,
  );
  return { width, height, viewport };
}

/** How many image pixels per CSS pixel: sharp for small images, capped for large ones. */
export function pixelRatioFor(width: number, height: number, maxSide = MAX_IMAGE_SIDE): number {
  const longest = Math.max(width, height, 1);
  return Math.max(1, Math.min(MAX_PIXEL_RATIO, maxSide / longest));
}
