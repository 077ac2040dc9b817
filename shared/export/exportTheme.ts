import type { BodyKind } from '../model/bodyKinds.ts';
import type { FootprintLevel } from '../model/footprints.ts';
import type { RelationshipKind } from '../model/relationshipKinds.ts';
import type { NoteColor } from '../ydoc/noteRecord.ts';

/**
 * The colours an exported map is drawn in. The canvas owns its palette; it hands it to the
 * export, so a picture of the map looks like the map.
 */
export interface ExportTheme {
  body: Record<BodyKind, { color: string; tint: string }>;
  relationship: Record<RelationshipKind, { color: string; dash?: string; width: number }>;
  footprint: Record<FootprintLevel, { stroke: string; fill: string }>;
  /** Sticky notes' paper and edge; their words are `ink`. */
  note: Record<NoteColor, { fill: string; edge: string }>;
  /** Body text, titles. */
  ink: string;
  /** Secondary text: kinds, facts, the date. */
  grey: string;
  /** Disputed elements and, when asked for, errors. */
  red: string;
  /** Warnings, when asked for. */
  amber: string;
  /** Agreed status marks. */
  green: string;
  /** The page, and the backgrounds of labels and status flags. */
  paper: string;
  /** Behind a disputed relationship's label. */
  disputedTint: string;
  /** The halo around a disputed body. */
  disputedHalo: string;
  /** A font stack every SVG reader and svg2pdf resolve (Arial → Helvetica). */
  font: string;
}
