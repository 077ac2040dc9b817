/** The kinds of body a map can hold (shared/DOMAIN.md, "Body kinds"). */
export const BODY_KINDS = [
  'nhs-england',
  'nhse-region',
  'icb',
  'icp',
  'place-partnership',
  'provider-collaborative',
  'nhs-trust',
  'pcn',
  'gp-practice',
  'neighbourhood-team',
  'local-authority',
  'health-wellbeing-board',
  'vcse',
  'independent-provider',
  'committee',
  'regulator',
  'healthwatch',
  'pooled-fund',
] as const;

/** A kind of body: an organisation, partnership, committee or fund. */
export type BodyKind = (typeof BODY_KINDS)[number];

/** Node kinds: every body kind plus the footprint container. */
export const NODE_KINDS = [...BODY_KINDS, 'footprint'] as const;

/** A kind of node on the canvas. */
export type NodeKind = (typeof NODE_KINDS)[number];

/** How each kind is named to people, and whether it can hold functions and money in law. */
export const BODY_KIND_INFO: Record<BodyKind, { label: string; statutory: boolean }> = {
  'nhs-england': { label: 'NHS England', statutory: true },
  'nhse-region': { label: 'NHS England region', statutory: false },
  icb: { label: 'Integrated care board', statutory: true },
  icp: { label: 'Integrated care partnership', statutory: true },
  'place-partnership': { label: 'Place partnership', statutory: false },
  'provider-collaborative': { label: 'Provider collaborative', statutory: false },
  'nhs-trust': { label: 'NHS trust', statutory: true },
  pcn: { label: 'Primary care network', statutory: false },
  'gp-practice': { label: 'GP practice', statutory: false },
  'neighbourhood-team': { label: 'Neighbourhood team', statutory: false },
  'local-authority': { label: 'Local authority', statutory: true },
  'health-wellbeing-board': { label: 'Health and wellbeing board', statutory: true },
  vcse: { label: 'Voluntary, community or social enterprise', statutory: false },
  'independent-provider': { label: 'Independent provider', statutory: false },
  committee: { label: 'Committee', statutory: false },
  regulator: { label: 'Regulator', statutory: true },
  healthwatch: { label: 'Healthwatch', statutory: true },
  'pooled-fund': { label: 'Pooled fund', statutory: false },
};

/** True when the string names a body kind. */
export function isBodyKind(value: string): value is BodyKind {
  return (BODY_KINDS as readonly string[]).includes(value);
}

/** The plain-English name of a node kind. */
export function nodeKindLabel(kind: NodeKind): string {
  return kind === 'footprint' ? 'Footprint' : BODY_KIND_INFO[kind].label;
}
