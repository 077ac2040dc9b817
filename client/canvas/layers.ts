/** Footprints lie under everything else on the canvas. */
export const FOOTPRINT_Z = -1;
/**
 * A big map's zoomed-out lines (FarRelationships.tsx): over footprints, however deeply nested
 * (React Flow lifts a child one above its parent), and under bodies and notes.
 */
export const FAR_LINES_Z = 5;
/** Bodies and notes, over the zoomed-out lines. */
export const BODY_Z = 10;
/**
 * The zoomed-out view's painted blocks and names (FarBlockCanvas.tsx): at the cards' own level,
 * but placed before them in the page and after every relationship (React Flow lifts one that
 * ends at a body inside a footprint to that body's level), so it lies over relationships and
 * under the cards, whose selection, rings and counts are drawn over it.
 */
export const FAR_BLOCKS_Z = BODY_Z;
