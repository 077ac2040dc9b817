import type { BodyKind } from '../../shared/model/bodyKinds.ts';
import type { FootprintLevel } from '../../shared/model/footprints.ts';
import type { RelationshipKind } from '../../shared/model/relationshipKinds.ts';
import { COLOR, NHS } from '../theme/tokens.ts';

/** How one kind of body is drawn. */
export interface BodyStyle {
  /** Border and accent: a graphic, not text. */
  color: string;
  /** The body's background. */
  tint: string;
  /** Text in the kind's colour (short code, badge background): 4.5:1 on white and on `tint`. */
  ink: string;
}

/**
 * How each body kind looks. Colours differ in lightness as well as hue, and every kind also
 * carries its short badge text, so a map printed in greyscale still reads. Light kinds
 * (Healthwatch yellow, region blue) get a darker `ink` so their short codes stay legible.
 */
export const BODY_STYLE: Record<BodyKind | 'footprint', BodyStyle> = {
  dhsc: { color: '#00205b', tint: '#e6e9ef', ink: '#00205b' },
  'nhs-england': { color: NHS.darkBlue, tint: '#e8edf7', ink: NHS.darkBlue },
  'nhse-region': { color: NHS.lightBlue, tint: '#eaf7fc', ink: '#2a7493' },
  icb: { color: NHS.blue, tint: '#e6f0fa', ink: NHS.blue },
  'icb-cluster': { color: '#2f5597', tint: '#eaeef5', ink: '#2f5597' },
  icp: { color: NHS.deepBlue, tint: '#e9ecf8', ink: NHS.deepBlue },
  regulator: { color: NHS.slate, tint: '#eef1f3', ink: NHS.slate },
  healthwatch: { color: NHS.warmYellow, tint: '#fff7e6', ink: '#8f6710' },
  'nhs-trust': { color: NHS.green, tint: '#e6f3ec', ink: '#007c3a' },
  pcn: { color: NHS.aquaGreen, tint: '#e6f6f5', ink: '#007971' },
  'gp-practice': { color: NHS.lightGreen, tint: '#f1f8e9', ink: '#4d7a14' },
  'neighbourhood-team': { color: NHS.darkGreen, tint: '#e6f0ed', ink: NHS.darkGreen },
  'neighbourhood-provider': { color: '#00785a', tint: '#e6f2ee', ink: '#00704f' },
  vcse: { color: NHS.orange, tint: '#fdf3e6', ink: '#a15f00' },
  'independent-provider': { color: NHS.midGrey, tint: '#f1f3f4', ink: '#616e78' },
  'local-authority': { color: NHS.darkPink, tint: '#f2e9ee', ink: NHS.darkPink },
  'health-wellbeing-board': { color: NHS.pink, tint: '#f7e9f1', ink: NHS.pink },
  'place-partnership': { color: NHS.purple, tint: '#ebe6f1', ink: NHS.purple },
  'provider-collaborative': { color: NHS.deepAqua, tint: '#e6efed', ink: NHS.deepAqua },
  committee: { color: NHS.darkGrey, tint: '#eceef0', ink: NHS.darkGrey },
  'pooled-fund': { color: NHS.ochre, tint: '#f6f1e0', ink: '#846900' },
  footprint: { color: NHS.midGrey, tint: 'rgba(240, 244, 245, 0.55)', ink: '#616e78' },
};

/** How one kind of relationship is drawn. */
export interface RelationshipStyle {
  color: string;
  dash?: string;
  width: number;
  /** Its label's text: 4.5:1 on white and on a disputed label's red tint. */
  ink: string;
}

/** How each relationship kind is drawn: colour, dash pattern, line weight and label colour. */
export const RELATIONSHIP_STYLE: Record<RelationshipKind, RelationshipStyle> = {
  'member-of': { color: NHS.midGrey, width: 1.5, ink: '#5e6b75' },
  'accountable-to': { color: NHS.darkBlue, width: 2.5, ink: NHS.darkBlue },
  delegates: { color: NHS.darkPink, dash: '9 4', width: 2.5, ink: NHS.darkPink },
  commissions: { color: NHS.green, width: 2, ink: '#007a39' },
  subcontracts: { color: NHS.aquaGreen, dash: '5 3', width: 2, ink: '#00766e' },
  funds: { color: NHS.rust, width: 3.5, ink: '#a15300' },
  hosts: { color: NHS.brown, dash: '2 4', width: 2, ink: NHS.brown },
  'shares-data': { color: NHS.lightBlue, dash: '1 4', width: 2.5, ink: '#28718f' },
  oversees: { color: NHS.red, dash: '12 4', width: 2, ink: '#cc261a' },
  assesses: { color: NHS.darkRed, dash: '12 3 2 3', width: 2, ink: NHS.darkRed },
  scrutinises: { color: NHS.pink, dash: '6 3', width: 2, ink: NHS.pink },
  nominates: { color: COLOR.ink, dash: '3 3', width: 1.5, ink: COLOR.ink },
  approves: { color: NHS.pink, dash: '2 2', width: 2, ink: NHS.pink },
  'succeeded-by': { color: NHS.darkGrey, dash: '14 4 2 4', width: 3, ink: NHS.darkGrey },
};

/**
 * Each footprint level's border and fill, for the export; client/styles.css draws the same
 * colours on the canvas with the fill at part opacity, so the grid shows through.
 */
export const FOOTPRINT_STYLE: Record<FootprintLevel, { stroke: string; fill: string }> = {
  region: { stroke: NHS.darkBlue, fill: '#e8edf7' },
  system: { stroke: NHS.slate, fill: COLOR.blueTint },
  place: { stroke: NHS.midGrey, fill: COLOR.paper },
  neighbourhood: { stroke: NHS.lightGreen, fill: '#f1f8e9' },
};
