/**
 * Accord's design tokens: the one place colours, spacing, type sizes, radii and stacking
 * layers are decided. The CSS reads them as custom properties (see tokenCss.ts), the canvas
 * and the exports import them, so a colour changes in one line for the app and its files.
 * Text colours are checked against their backgrounds for WCAG 2.2 AA in tokens.test.ts.
 */

/** The NHS identity colours the palette is drawn from, by their NHS names. */
export const NHS = {
  darkBlue: '#003087',
  blue: '#005eb8',
  lightBlue: '#41b6e6',
  deepBlue: '#00309a',
  black: '#212b32',
  darkGrey: '#425563',
  midGrey: '#768692',
  slate: '#4c6272',
  darkGreen: '#006747',
  green: '#007f3b',
  lightGreen: '#78be20',
  aquaGreen: '#00a499',
  deepAqua: '#005a4e',
  purple: '#330072',
  darkPink: '#7c2855',
  pink: '#ae2573',
  darkRed: '#8a1538',
  red: '#d5281b',
  orange: '#ed8b00',
  warmYellow: '#ffb81c',
  ochre: '#8a6d00',
  brown: '#6b4a2b',
  rust: '#b35c00',
  white: '#ffffff',
} as const;

/** Colours of the interface, by role. Each `*Text` colour reaches 4.5:1 on `white` and `paper`. */
export const COLOR = {
  blue: NHS.blue,
  blueDark: NHS.darkBlue,
  ink: NHS.black,
  grey: NHS.darkGrey,
  slate: NHS.slate,
  /** Borders and icons only: 3.75:1 on white is too light for text. */
  greyLight: NHS.midGrey,
  line: '#d8dde0',
  lineStrong: '#c8ccd0',
  paper: '#f0f4f5',
  paperLight: '#f7f9fb',
  white: NHS.white,
  red: NHS.red,
  redDark: '#8a1a10',
  redTint: '#fde8e6',
  redPale: '#fdf1ef',
  redSoft: '#f9c5c0',
  redLine: '#f0b3ab',
  green: NHS.green,
  greenLight: NHS.lightGreen,
  greenDark: '#00552a',
  greenTint: '#e6f4ec',
  greenSoft: '#8cc9a4',
  amber: NHS.orange,
  amberStrong: '#8a4f00',
  amberText: '#6b4700',
  amberDark: '#4d3300',
  amberTint: '#fff4d6',
  amberPale: '#fff4e0',
  amberLine: '#f0c000',
  blueTint: '#e8f1fa',
  bluePale: '#eef5fc',
  blueSoft: '#c6d9ee',
  blueLine: '#9fc4ea',
  focus: '#ffeb3b',
  /** The grid dots of the canvas. */
  grid: '#d8dde0',
  /** A footprint's border colour in the minimap. */
  footprintMini: '#dde3e6',
} as const;

/**
 * Sticky notes' paper, by the colour stored in the doc, and a darker edge for each. Notes
 * are written in `COLOR.ink` (placeholders in `COLOR.grey`), 4.5:1 or more on every fill.
 */
export const NOTE_COLOR = {
  yellow: { fill: '#fff3b0', edge: '#d9b92e' },
  pink: { fill: '#fcd9e8', edge: '#d97aa5' },
  green: { fill: '#d9f0cd', edge: '#7fbf6a' },
  blue: { fill: '#d6e8f9', edge: '#7fb0e0' },
  orange: { fill: '#ffe0bd', edge: '#e8a04f' },
  lilac: { fill: '#e6ddf5', edge: '#a58fd1' },
} as const;

/** Spacing steps, in pixels. */
export const SPACE = { 1: 2, 2: 4, 3: 6, 4: 8, 5: 12, 6: 16, 7: 20, 8: 24, 9: 32, 10: 48 } as const;

/**
 * Every body's width on the canvas, in flow pixels: one width, so a rename wraps the name
 * and never widens a body over its neighbours. It is the narrowest body of before (190) plus
 * the least room layouts leave between bodies (40), so maps laid out then still fit.
 */
export const BODY_WIDTH = 230;

/** The canvas grid's spacing, in flow pixels: its dots, and where snap to grid puts bodies. */
export const GRID = SPACE[8];

/** The type scale, in pixels: every font size in the app is one of these. */
export const TEXT = {
  '2xs': 10,
  xs: 11,
  sm: 12,
  md: 13,
  base: 14,
  lg: 15,
  xl: 16,
  '2xl': 18,
  '3xl': 20,
  '4xl': 24,
  '5xl': 28,
  '6xl': 36,
} as const;

/** Corner radii, in pixels; `pill` rounds the ends fully. */
export const RADIUS = { xs: 2, sm: 4, md: 6, lg: 8, xl: 12, pill: 999 } as const;

/**
 * Stacking order of everything that floats, lowest first. Native dialogs sit in the
 * browser's top layer above all of these.
 */
export const LAYER = {
  raised: 1,
  overlay: 10,
  frame: 11,
  banner: 12,
  panel: 15,
  popover: 20,
  menu: 30,
  notice: 50,
  review: 80,
  modal: 100,
  cursor: 1000,
  pin: 1001,
} as const;

/** The colours a participant's cursor and selection ring are drawn in (white text on each). */
export const PARTICIPANT_COLORS = [
  NHS.red,
  NHS.green,
  NHS.blue,
  NHS.darkPink,
  '#a15f00',
  NHS.purple,
  '#007971',
  NHS.pink,
  NHS.darkGrey,
  NHS.darkRed,
] as const;
