import { farFootprintNameCss } from '../../shared/layout/footprintTitle.ts';
import { FAR_CARD } from '../canvas/farCard.ts';
import { FAR_RAISED_Z } from '../canvas/layers.ts';
import { BODY_WIDTH, COLOR, GRID, LAYER, RADIUS, SPACE, TEXT } from './tokens.ts';

// camelCase token names become the kebab-case custom properties the CSS uses (`blueDark`
// → `--blue-dark`), so a stylesheet reads `var(--blue-dark)` for `COLOR.blueDark`.
function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/**
 * Every token as a custom property: `--<colour>`, `--space-*`, `--text-*`, `--radius-*`,
 * `--layer-*`, and the canvas's `--body-width`, `--grid`, `--footprint-far-name` (the size
 * of a footprint's name zoomed out, which the layout keeps room for), `--far-raised-z`
 * (the level of a zoomed-out card raised over the painted blocks) and the zoomed-out card's
 * `--far-card-width`, `--far-card-min-height` and `--far-name-size` (which the canvas paints
 * and sizes without a card).
 */
export function tokenProperties(): Array<[string, string]> {
  return [
    ...Object.entries(COLOR).map(([name, value]): [string, string] => [`--${kebab(name)}`, value]),
    ...Object.entries(SPACE).map(([step, px]): [string, string] => [`--space-${step}`, `${px}px`]),
    ...Object.entries(TEXT).map(([step, px]): [string, string] => [`--text-${step}`, `${px}px`]),
    ...Object.entries(RADIUS).map(([step, px]): [string, string] => [
      `--radius-${step}`,
      `${px}px`,
    ]),
    ...Object.entries(LAYER).map(([name, z]): [string, string] => [`--layer-${name}`, String(z)]),
    ['--body-width', `${BODY_WIDTH}px`],
    ['--grid', `${GRID}px`],
    ['--footprint-far-name', farFootprintNameCss()],
    ['--far-raised-z', String(FAR_RAISED_Z)],
    ['--far-card-width', `${FAR_CARD.width}px`],
    ['--far-card-min-height', `${FAR_CARD.minHeight}px`],
    ['--far-name-size', `${FAR_CARD.nameSize}px`],
  ];
}

/** The tokens as one `:root` rule, for a `<style>` element ahead of the app's stylesheets. */
export function tokenCss(): string {
  const lines = tokenProperties().map(([property, value]) => `  ${property}: ${value};`);
  return `:root {\n${lines.join('\n')}\n}\n`;
}

/** Puts the tokens on the page once, before anything renders. */
export function installTokens(document: Document): void {
  if (document.getElementById('accord-tokens')) return;
  const style = document.createElement('style');
  style.id = 'accord-tokens';
  style.textContent = tokenCss();
  document.head.prepend(style);
}
