import type { ExportTheme } from '../../shared/export/exportTheme.ts';
import { BODY_STYLE, FOOTPRINT_STYLE, RELATIONSHIP_STYLE } from '../canvas/kindStyles.ts';
import { COLOR, NOTE_COLOR } from '../theme/tokens.ts';

/** The canvas's palette, handed to the export so the picture looks like the map. */
export const EXPORT_THEME: ExportTheme = {
  body: BODY_STYLE,
  relationship: RELATIONSHIP_STYLE,
  footprint: FOOTPRINT_STYLE,
  note: NOTE_COLOR,
  ink: COLOR.ink,
  grey: COLOR.grey,
  red: COLOR.red,
  // Also the colour of the word "Warning" on white: the darker amber reaches 4.5:1.
  amber: COLOR.amberStrong,
  green: COLOR.green,
  paper: COLOR.white,
  disputedTint: COLOR.redTint,
  disputedHalo: COLOR.redSoft,
  font: 'Arial, Helvetica, sans-serif',
};
