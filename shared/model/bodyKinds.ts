/** The kinds of body a map can hold (docs/domain.md, "Body kinds"). */
export const BODY_KINDS = [
  'dhsc',
  'nhs-england',
  'nhse-region',
  'icb',
  'icb-cluster',
  'icp',
  'place-partnership',
  'provider-collaborative',
  'nhs-trust',
  'pcn',
  'gp-practice',
  'neighbourhood-team',
  'neighbourhood-provider',
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

/** The palette's groups of body kinds, in the order they are shown. */
export const BODY_KIND_GROUPS = [
  { id: 'national-system', label: 'National & system bodies' },
  { id: 'providers', label: 'Providers' },
  { id: 'local-government', label: 'Local government' },
  { id: 'partnerships', label: 'Partnerships & committees' },
  { id: 'funds', label: 'Funds' },
] as const;

/** A palette group's id. */
export type BodyKindGroup = (typeof BODY_KIND_GROUPS)[number]['id'];

/** What people need to know about a body kind to place it. */
export interface BodyKindInfo {
  /** Plain-English name. */
  label: string;
  /** A short badge for the canvas ("ICB", "LA"). */
  short: string;
  /** Can it hold functions and money in law? */
  statutory: boolean;
  group: BodyKindGroup;
  /** One or two sentences a system leader understands, shown on hover in the palette. */
  description: string;
}

/** Every body kind's name, badge, legal standing, group and description. */
export const BODY_KIND_INFO: Record<BodyKind, BodyKindInfo> = {
  dhsc: {
    label: 'Department of Health and Social Care',
    short: 'DHSC',
    statutory: true,
    group: 'national-system',
    description:
      'The Secretary of State and the Department: takes over NHS England’s functions under the Health Bill 2026 and can delegate commissioning to ICBs.',
  },
  'nhs-england': {
    label: 'NHS England',
    short: 'NHSE',
    statutory: true,
    group: 'national-system',
    description:
      'The national NHS body: allocates funds to ICBs and stays the accountable commissioner of what it delegates; abolished into DHSC by the Health Bill 2026.',
  },
  'nhse-region': {
    label: 'NHS England region',
    short: 'REG',
    statutory: false,
    group: 'national-system',
    description: 'A regional team of NHS England; part of it in law, not a body of its own.',
  },
  icb: {
    label: 'Integrated care board',
    short: 'ICB',
    statutory: true,
    group: 'national-system',
    description:
      'The statutory NHS body that plans and pays for most health services in a system, and is accountable for NHS money there; a strategic commissioner since 2025.',
  },
  'icb-cluster': {
    label: 'ICB cluster',
    short: 'CLUSTER',
    statutory: false,
    group: 'national-system',
    description:
      'ICBs sharing a chair, chief executive or teams while each stays a separate legal body with its own board and duties.',
  },
  icp: {
    label: 'Integrated care partnership',
    short: 'ICP',
    statutory: true,
    group: 'national-system',
    description:
      'A joint committee of the ICB and the upper-tier councils of its area; writes the integrated care strategy.',
  },
  regulator: {
    label: 'Regulator',
    short: 'REGU',
    statutory: true,
    group: 'national-system',
    description: 'A body that inspects and rates services, such as the Care Quality Commission.',
  },
  healthwatch: {
    label: 'Healthwatch',
    short: 'HW',
    statutory: true,
    group: 'national-system',
    description:
      'The statutory champion of people who use services; to be abolished, its health functions going to ICBs and its social care functions to councils.',
  },
  'nhs-trust': {
    label: 'NHS trust',
    short: 'TRUST',
    statutory: true,
    group: 'providers',
    description:
      'An NHS provider organisation (acute, mental health, community, ambulance…), possibly a foundation trust, an advanced foundation trust or an integrated health organisation.',
  },
  pcn: {
    label: 'Primary care network',
    short: 'PCN',
    statutory: false,
    group: 'providers',
    description: 'GP practices working together for 30–50,000 people; not a legal body.',
  },
  'gp-practice': {
    label: 'GP practice',
    short: 'GP',
    statutory: false,
    group: 'providers',
    description: 'A general practice holding a primary medical services contract.',
  },
  'neighbourhood-team': {
    label: 'Neighbourhood team',
    short: 'NBH',
    statutory: false,
    group: 'providers',
    description: 'A multi-agency team serving a neighbourhood of 30–50,000 people.',
  },
  'neighbourhood-provider': {
    label: 'Neighbourhood provider',
    short: 'NHP',
    statutory: false,
    group: 'providers',
    description:
      'A single-neighbourhood (about 50,000 people) or multi-neighbourhood (about 250,000) provider holding a neighbourhood health contract.',
  },
  vcse: {
    label: 'Voluntary, community or social enterprise',
    short: 'VCSE',
    statutory: false,
    group: 'providers',
    description: 'A charity, community group or social enterprise delivering or shaping services.',
  },
  'independent-provider': {
    label: 'Independent provider',
    short: 'IND',
    statutory: false,
    group: 'providers',
    description: 'A private or independent-sector provider of NHS or council-funded services.',
  },
  'local-authority': {
    label: 'Local authority',
    short: 'LA',
    statutory: true,
    group: 'local-government',
    description:
      'A council: county, unitary, metropolitan district, London borough, district, or a combined or strategic authority (whose mayor may sit on ICBs).',
  },
  'health-wellbeing-board': {
    label: 'Health and wellbeing board',
    short: 'HWB',
    statutory: true,
    group: 'local-government',
    description:
      'A statutory committee of an upper-tier council that brings local leaders together.',
  },
  'place-partnership': {
    label: 'Place partnership',
    short: 'PLACE',
    statutory: false,
    group: 'partnerships',
    description:
      'Partners working together for a place (usually one council area, 250–500,000 people); cannot hold functions in law.',
  },
  'provider-collaborative': {
    label: 'Provider collaborative',
    short: 'COLLAB',
    statutory: false,
    group: 'partnerships',
    description:
      'Trusts (and others) working together at scale or at place; decides through its members unless functions are delegated.',
  },
  committee: {
    label: 'Committee',
    short: 'CTTE',
    statutory: false,
    group: 'partnerships',
    description:
      'A board committee, joint committee, committee in common, advisory group or forum; acts for its parent bodies.',
  },
  'pooled-fund': {
    label: 'Pooled fund',
    short: 'FUND',
    statutory: false,
    group: 'funds',
    description: 'Money pooled by partners, e.g. under section 75, with a host that holds it.',
  },
};

/** True when the string names a body kind. */
export function isBodyKind(value: string): value is BodyKind {
  return (BODY_KINDS as readonly string[]).includes(value);
}

/** The plain-English name of a node kind. */
export function nodeKindLabel(kind: NodeKind): string {
  return kind === 'footprint' ? 'Footprint' : BODY_KIND_INFO[kind].label;
}

/** Kinds that deliver services: the far end of `commissions`, both ends of `subcontracts`. */
export const PROVIDER_KINDS: readonly BodyKind[] = [
  'nhs-trust',
  'gp-practice',
  'pcn',
  'neighbourhood-team',
  'neighbourhood-provider',
  'vcse',
  'independent-provider',
];

/** NHS bodies: what local-authority health scrutiny reaches. */
export const NHS_BODY_KINDS: readonly BodyKind[] = [
  'dhsc',
  'nhs-england',
  'nhse-region',
  'icb',
  'nhs-trust',
];

/**
 * The "relevant bodies" of NHS Act 2006 s65Z5 (docs/domain.md, "Delegation"): the only
 * bodies that may delegate their functions under it, or exercise them jointly.
 */
export const RELEVANT_BODY_KINDS: readonly BodyKind[] = ['nhs-england', 'icb', 'nhs-trust'];

/**
 * Who may exercise another body's functions (docs/domain.md, "Who may receive a delegation"):
 * relevant bodies, local authorities, their committees and joint committees (a health and
 * wellbeing board is a council committee; a partnership or collaborative only when it is run
 * as a committee or joint committee). Individuals act inside their body's scheme of delegation.
 */
export const DELEGATION_RECIPIENT_KINDS: readonly BodyKind[] = [
  ...RELEVANT_BODY_KINDS,
  'local-authority',
  'committee',
  'health-wellbeing-board',
  'place-partnership',
  'provider-collaborative',
];
