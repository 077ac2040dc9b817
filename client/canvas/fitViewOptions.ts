/**
 * How fit-to-view frames the map: clear of the view controls along the top, the zoom
 * buttons on the left, and the right-hand column where the legend and
 * the minimap sit, so none of them covers a body once the map is fitted. (The vote panel
 * docks under the canvas instead.) Bodies the zoomed-out view paints without a card are
 * hidden nodes to React Flow (farCardless.ts), and are fitted as well.
 */
export const FIT_VIEW = {
  maxZoom: 1.2,
  includeHiddenNodes: true,
  padding: { top: '64px', right: '248px', bottom: '56px', left: '56px' },
} as const;
