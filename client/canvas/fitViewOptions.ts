/**
 * How fit-to-view frames the map: clear of the view controls along the top, the zoom
 * buttons on the left and the minimap in the bottom-right corner, so none of them sits
 * over a body once the map is fitted. (The vote panel docks under the canvas instead.)
 */
export const FIT_VIEW = {
  maxZoom: 1.2,
  padding: { top: '64px', right: '32px', bottom: '176px', left: '56px' },
} as const;
