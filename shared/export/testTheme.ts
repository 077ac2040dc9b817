import { BODY_KINDS, type BodyKind } from '../model/bodyKinds.ts';
import { RELATIONSHIP_KINDS, type RelationshipKind } from '../model/relationshipKinds.ts';
import type { ExportTheme } from './exportTheme.ts';

// A test helper: a theme of distinct, recognisable colours, so tests can find what a kind drew.
const hex = (i: number) => `#${(0x100000 + i * 0x010203).toString(16).slice(-6)}`;

/** A theme for tests: every kind gets its own colour. */
export const TEST_THEME: ExportTheme = {
  body: Object.fromEntries(
    BODY_KINDS.map((kind, i) => [kind, { color: hex(i + 1), tint: '#fafafa' }]),
  ) as Record<BodyKind, { color: string; tint: string }>,
  relationship: Object.fromEntries(
    RELATIONSHIP_KINDS.map((kind, i) => [
      kind,
      { color: hex(i + 40), width: 2, ...(kind === 'delegates' ? { dash: '9 4' } : {}) },
    ]),
  ) as Record<RelationshipKind, { color: string; dash?: string; width: number }>,
  footprint: {
    region: { stroke: '#000001', fill: '#fffff1' },
    system: { stroke: '#000002', fill: '#fffff2' },
    place: { stroke: '#000003', fill: '#fffff3' },
    neighbourhood: { stroke: '#000004', fill: '#fffff4' },
  },
  note: {
    yellow: { fill: '#fff3b0', edge: '#d9b92e' },
    pink: { fill: '#fcd9e8', edge: '#d97aa5' },
    green: { fill: '#d9f0cd', edge: '#7fbf6a' },
    blue: { fill: '#d6e8f9', edge: '#7fb0e0' },
    orange: { fill: '#ffe0bd', edge: '#e8a04f' },
    lilac: { fill: '#e6ddf5', edge: '#a58fd1' },
  },
  ink: '#111111',
  grey: '#555555',
  red: '#ee0000',
  amber: '#ee9900',
  green: '#008800',
  paper: '#fffffe',
  disputedTint: '#fff0f0',
  disputedHalo: '#ffcccc',
  font: 'Arial, Helvetica, sans-serif',
};
