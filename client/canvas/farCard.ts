import { measureByWords, wrapName } from './wrapName.ts';

/**
 * A body's card in the zoomed-out view, in flow pixels: the canvas paints its block in this
 * box, and where no card is drawn for a body the box is worked out from its name. styles.css
 * (`.body-node.is-far`) reads the width, height and name size from the tokens published from
 * here (client/theme/tokenCss.ts).
 */
export const FAR_CARD = {
  width: 250,
  minHeight: 84,
  border: 4,
  padX: 12,
  padY: 8,
  nameSize: 34,
  /** Lines of a name at most: the rest is cut. */
  nameLines: 4,
} as const;

/** A line of a name, as tall as the card's `line-height: 1.1` makes it. */
export const FAR_NAME_LINE = FAR_CARD.nameSize * 1.1;

/** Where a name starts inside the card, from either side. */
export const FAR_NAME_INSET = FAR_CARD.border + FAR_CARD.padX;

/** The width a name wraps in. */
export const FAR_NAME_WIDTH = FAR_CARD.width - 2 * FAR_NAME_INSET;

/**
 * How tall the card of a name of `lines` lines is, as the browser lays it out and React Flow
 * measures it (in whole pixels).
 */
export function farCardHeight(lines: number): number {
  const content = Math.min(lines, FAR_CARD.nameLines) * FAR_NAME_LINE;
  return Math.max(
    FAR_CARD.minHeight,
    Math.round(content + 2 * FAR_CARD.padY + 2 * FAR_CARD.border),
  );
}

/** How many names' sizes are kept: a map's worth, with renames. */
const SIZES_KEPT = 20_000;

/**
 * The zoomed-out card's size for a name, without drawing the card: its name wrapped as the
 * browser wraps it, with `measure` giving a string's width in the name's font. Sizes are kept
 * by name, so a map's bodies are measured once.
 */
export class FarCardSizer {
  private readonly sizes = new Map<string, { width: number; height: number }>();
  private readonly words = new Map<string, number>();
  private readonly measure: (text: string) => number;

  constructor(measure: (text: string) => number) {
    this.measure = measureByWords(measure, this.words);
  }

  size(name: string): { width: number; height: number } {
    let found = this.sizes.get(name);
    if (!found) {
      if (this.sizes.size > SIZES_KEPT) this.sizes.clear();
      const lines = wrapName(name, FAR_NAME_WIDTH, FAR_CARD.nameLines, this.measure).length;
      found = { width: FAR_CARD.width, height: farCardHeight(lines) };
      this.sizes.set(name, found);
    }
    return found;
  }
}
