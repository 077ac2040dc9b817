// Zoomed out, a footprint's name grows with the footprint's width (client/styles.css,
// `.footprint-node.is-far`), so that a fitted system reads by its places. The layout keeps
// room above a footprint's children for the name at the size it is drawn, and the stylesheet
// takes that size from here (client/theme/tokenCss.ts), so the two cannot drift apart.

/** The far view's footprint name: a share of the footprint's width, between two sizes. */
export const FAR_FOOTPRINT_NAME = {
  minPx: 24,
  /** Of the footprint's inner width (CSS `cqi`: the footprint is the size container). */
  widthPercent: 5,
  maxPx: 160,
  lineHeight: 1.1,
} as const;

/** The room a footprint's title bar takes zoomed in, its name at 18 px. */
export const FOOTPRINT_TITLE_SPACE = 44;

// The title bar as the stylesheet draws it: inside the footprint's border (8 px when selected,
// the thickest), with 8 px of padding above and below the name, which stays on one line.
const THICKEST_BORDER = 8;
const TITLE_PADDING = 8;

/** The far view's footprint name's size in pixels, for a footprint this wide. */
export function farFootprintNameSize(width: number): number {
  const { minPx, widthPercent, maxPx } = FAR_FOOTPRINT_NAME;
  // The share of the whole width, not the inner width: a pixel or two larger, never smaller.
  return Math.min(maxPx, Math.max(minPx, (width * widthPercent) / 100));
}

/**
 * How far below a footprint's top its title bar reaches, at its largest: zoomed out, where the
 * name grows with the width, or zoomed in. What the footprint holds must start below this.
 */
export function footprintTitleSpace(width: number): number {
  const farName = farFootprintNameSize(width) * FAR_FOOTPRINT_NAME.lineHeight;
  return Math.max(FOOTPRINT_TITLE_SPACE, Math.ceil(THICKEST_BORDER + 2 * TITLE_PADDING + farName));
}

/** The CSS font size of the far view's footprint name, as `clamp()` of the container's width. */
export function farFootprintNameCss(): string {
  const { minPx, widthPercent, maxPx } = FAR_FOOTPRINT_NAME;
  return `clamp(${minPx}px, ${widthPercent}cqi, ${maxPx}px)`;
}
