/** Footprints lie under everything else on the canvas. */
export const FOOTPRINT_Z = -1;
/**
 * A big map's zoomed-out lines (FarRelationships.tsx): over footprints, however deeply nested
 * (React Flow lifts a child one above its parent), and under bodies and notes.
 */
export const FAR_LINES_Z = 5;
/** Bodies, over the zoomed-out lines. */
export const BODY_Z = 10;
/**
 * The zoomed-out view's painted blocks and names (FarBlockCanvas.tsx): over every relationship
 * (React Flow lifts one that ends at a body inside a footprint to that body's level) and over
 * the cards, which paint nothing of their own there. A card that draws a mark (another's
 * ring, its open comments, its rename, keyboard focus) is raised over it (FAR_RAISED_Z); a
 * selected one is lifted by React Flow.
 *
 * Not under the cards: the browser records each card in its paint even when it draws nothing,
 * and cards painted over the canvas (a layer of its own) had to be kept apart from it one by
 * one, in hundreds of layers: 15–25 ms on every frame that adds, removes or raises a card at
 * 2,000 bodies, against 5 ms with the canvas over them.
 */
export const FAR_BLOCKS_Z = BODY_Z + 1;
/**
 * Over the zoomed-out view's canvas: a card with a mark to show, and notes, which annotate
 * bodies. styles.css lifts raised cards ([data-far-marked]) to it as `--far-raised-z`
 * (client/theme/tokenCss.ts).
 */
export const FAR_RAISED_Z = BODY_Z + 2;
