import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../shared/export/readableInk.ts';
import { BODY_KINDS } from '../../shared/model/bodyKinds.ts';
import { FAR_CARD } from '../canvas/farCard.ts';
import { BODY_STYLE } from '../canvas/kindStyles.ts';
import { FAR_RAISED_Z } from '../canvas/layers.ts';
import { tokenCss } from './tokenCss.ts';
import { COLOR, NOTE_COLOR, PARTICIPANT_COLORS } from './tokens.ts';

const AA = 4.5;

describe('contrastRatio', () => {
  it('gives the WCAG figures for known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // The Healthwatch yellow the palette used to print its short code in.
    expect(contrastRatio('#ffb81c', '#ffffff')).toBeCloseTo(1.73, 2);
  });
});

describe('text colours reach WCAG AA', () => {
  it.each([...BODY_KINDS])('%s: its ink on white, on its tint, and white on its ink', (kind) => {
    const style = BODY_STYLE[kind];
    expect(contrastRatio(style.ink, COLOR.white)).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio(style.ink, style.tint)).toBeGreaterThanOrEqual(AA);
  });

  it('footprint labels on the page background', () => {
    expect(contrastRatio(BODY_STYLE.footprint.ink, COLOR.paper)).toBeGreaterThanOrEqual(AA);
  });

  it.each([
    ['ink', COLOR.ink],
    ['grey', COLOR.grey],
    ['blue', COLOR.blue],
    ['red', COLOR.red],
    ['green', COLOR.green],
    ['amberText', COLOR.amberText],
  ])('%s text on white and on paper', (_name, text) => {
    expect(contrastRatio(text, COLOR.white)).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio(text, COLOR.paper)).toBeGreaterThanOrEqual(AA);
  });

  it.each(Object.entries(NOTE_COLOR))('ink and grey on a %s sticky note', (_name, { fill }) => {
    expect(contrastRatio(COLOR.ink, fill)).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio(COLOR.grey, fill)).toBeGreaterThanOrEqual(AA);
  });

  it.each([...PARTICIPANT_COLORS])('white name tag on participant colour %s', (color) => {
    expect(contrastRatio(COLOR.white, color)).toBeGreaterThanOrEqual(AA);
  });
});

describe('tokenCss', () => {
  it('declares each colour, scale step and layer as a custom property', () => {
    const css = tokenCss();
    expect(css).toMatch(/^:root \{/);
    expect(css).toContain('--blue-dark: #003087;');
    expect(css).toContain('--text-base: 14px;');
    expect(css).toContain('--radius-pill: 999px;');
    expect(css).toContain('--layer-modal: 100;');
    expect(css).toContain('--space-4: 8px;');
    // The level styles.css lifts a marked zoomed-out card to, as the canvas's layers say.
    expect(css).toContain(`--far-raised-z: ${FAR_RAISED_Z};`);
    // The zoomed-out card's size and name, which the canvas paints and sizes without a card.
    expect(css).toContain(`--far-card-width: ${FAR_CARD.width}px;`);
    expect(css).toContain(`--far-card-min-height: ${FAR_CARD.minHeight}px;`);
    expect(css).toContain(`--far-name-size: ${FAR_CARD.nameSize}px;`);
  });
});
