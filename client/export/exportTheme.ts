import type { ExportTheme } from '../../shared/export/exportTheme.ts';
import { BODY_STYLE, RELATIONSHIP_STYLE } from '../canvas/kindStyles.ts';

/** The canvas's palette, handed to the export so the picture looks like the map. */
export const EXPORT_THEME: ExportTheme = {
  body: BODY_STYLE,
  relationship: RELATIONSHIP_STYLE,
  // The footprint levels' borders and tints, as client/styles.css draws them.
  footprint: {
    region: { stroke: '#003087', fill: '#e8edf7' },
    system: { stroke: '#4c6272', fill: '#e6f0fa' },
    place: { stroke: '#768692', fill: '#f0f4f5' },
    neighbourhood: { stroke: '#78be20', fill: '#f1f8e9' },
  },
  ink: '#212b32',
  grey: '#425563',
  red: '#d5281b',
  amber: '#ed8b00',
  green: '#007f3b',
  font: 'Arial, Helvetica, sans-serif',
};
