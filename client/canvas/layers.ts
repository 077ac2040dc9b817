/** Footprints lie under everything else on the canvas. */
export const FOOTPRINT_Z = -1;
/**
 * A big map's zoomed-out lines (FarRelationships.tsx): over footprints, however deeply nested
 * (React Flow lifts a child one above its parent), and under bodies and notes.
 */
export const FAR_LINES_Z = 5;
/** Bodies and notes, over the zoomed-out lines. */
export const BODY_Z = 10;
