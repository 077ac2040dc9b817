import type { BodyKind } from '../../shared/model/bodyKinds.ts';
import type { RelationshipKind } from '../../shared/model/relationshipKinds.ts';

/**
 * How each body kind looks. Colours differ in lightness as well as hue, and every kind also
 * carries its short badge text, so a map printed in greyscale still reads.
 */
export const BODY_STYLE: Record<BodyKind | 'footprint', { color: string; tint: string }> = {
  'nhs-england': { color: '#003087', tint: '#e8edf7' },
  'nhse-region': { color: '#41b6e6', tint: '#eaf7fc' },
  icb: { color: '#005eb8', tint: '#e6f0fa' },
  icp: { color: '#00309a', tint: '#e9ecf8' },
  regulator: { color: '#4c6272', tint: '#eef1f3' },
  healthwatch: { color: '#ffb81c', tint: '#fff7e6' },
  'nhs-trust': { color: '#007f3b', tint: '#e6f3ec' },
  pcn: { color: '#00a499', tint: '#e6f6f5' },
  'gp-practice': { color: '#78be20', tint: '#f1f8e9' },
  'neighbourhood-team': { color: '#006747', tint: '#e6f0ed' },
  vcse: { color: '#ed8b00', tint: '#fdf3e6' },
  'independent-provider': { color: '#768692', tint: '#f1f3f4' },
  'local-authority': { color: '#7c2855', tint: '#f2e9ee' },
  'health-wellbeing-board': { color: '#ae2573', tint: '#f7e9f1' },
  'place-partnership': { color: '#330072', tint: '#ebe6f1' },
  'provider-collaborative': { color: '#005a4e', tint: '#e6efed' },
  committee: { color: '#425563', tint: '#eceef0' },
  'pooled-fund': { color: '#8a6d00', tint: '#f6f1e0' },
  footprint: { color: '#768692', tint: 'rgba(240, 244, 245, 0.55)' },
};

/** How each relationship kind is drawn: colour, dash pattern and line weight. */
export const RELATIONSHIP_STYLE: Record<
  RelationshipKind,
  { color: string; dash?: string; width: number }
> = {
  'member-of': { color: '#768692', width: 1.5 },
  'accountable-to': { color: '#003087', width: 2.5 },
  delegates: { color: '#7c2855', dash: '9 4', width: 2.5 },
  commissions: { color: '#007f3b', width: 2 },
  subcontracts: { color: '#00a499', dash: '5 3', width: 2 },
  funds: { color: '#b35c00', width: 3.5 },
  hosts: { color: '#6b4a2b', dash: '2 4', width: 2 },
  'shares-data': { color: '#41b6e6', dash: '1 4', width: 2.5 },
  oversees: { color: '#d5281b', dash: '12 4', width: 2 },
  assesses: { color: '#8a1538', dash: '12 3 2 3', width: 2 },
  scrutinises: { color: '#ae2573', dash: '6 3', width: 2 },
  nominates: { color: '#212b32', dash: '3 3', width: 1.5 },
};
