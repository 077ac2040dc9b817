import type { NodeRecord } from '../ydoc/schema.ts';
import { BODY_KIND_INFO, type BodyKind } from './bodyKinds.ts';
import { LOCAL_AUTHORITY_TIERS, NHS_TRUST_SECTORS } from './fields.ts';
import { FOOTPRINT_LEVELS, type FootprintLevel } from './footprints.ts';
import { COMMITTEE_TYPES, governanceModelLabel } from './governance.ts';

/** The one-line facts a body card shows under its name, most telling first. */
export function bodyFacts(node: NodeRecord): string[] {
  const a = node.attrs;
  const facts: string[] = [];
  const pick = (record: Record<string, string>, key: string) => {
    const value = a[key];
    if (typeof value === 'string' && record[value]) facts.push(record[value]);
  };
  switch (node.kind as BodyKind) {
    case 'nhs-trust':
      pick(NHS_TRUST_SECTORS, 'sector');
      if (a.foundationTrust === true) facts.push('Foundation trust');
      break;
    case 'local-authority':
      pick(LOCAL_AUTHORITY_TIERS, 'tier');
      break;
    case 'committee':
      pick(COMMITTEE_TYPES, 'committeeType');
      break;
    case 'provider-collaborative':
      if (a.scale === 'at-scale') facts.push('At scale');
      if (a.scale === 'at-place') facts.push('At place');
      break;
    case 'pooled-fund':
      if (typeof a.amountGBP === 'number') facts.push(formatGBP(a.amountGBP));
      break;
    default:
      break;
  }
  if (typeof a.odsCode === 'string') facts.push(`ODS ${a.odsCode}`);
  return facts;
}

/** The governance model a body card shows, if it has one. */
export function governanceOf(node: NodeRecord): string | null {
  const model = node.attrs['governance.model'];
  return typeof model === 'string' ? governanceModelLabel(model) : null;
}

/** A footprint's level as a word ("Place"). */
export function footprintLevelLabel(node: NodeRecord): string {
  const level = node.attrs.level as FootprintLevel | undefined;
  return level && FOOTPRINT_LEVELS[level] ? FOOTPRINT_LEVELS[level].label : 'Footprint';
}

/** Pounds for people: £950k, £1.2m, £2.5bn. */
export function formatGBP(amount: number): string {
  if (amount >= 1e9) return `£${trim(amount / 1e9)}bn`;
  if (amount >= 1e6) return `£${trim(amount / 1e6)}m`;
  if (amount >= 1e3) return `£${trim(amount / 1e3)}k`;
  return `£${amount}`;
}

function trim(value: number): string {
  return value.toFixed(value >= 100 ? 0 : 1).replace(/\.0$/, '');
}

/** True when the kind is statutory. */
export function statutory(kind: BodyKind): boolean {
  return BODY_KIND_INFO[kind].statutory;
}
