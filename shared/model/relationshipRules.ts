import {
  BODY_KIND_INFO,
  type BodyKind,
  NHS_BODY_KINDS,
  type NodeKind,
  PROVIDER_KINDS,
} from './bodyKinds.ts';
import {
  RELATIONSHIP_KIND_LABEL,
  RELATIONSHIP_KINDS,
  type RelationshipKind,
} from './relationshipKinds.ts';

/** Which bodies may stand at each end of a relationship kind. */
interface Ends {
  from: readonly BodyKind[] | 'any';
  to: readonly BodyKind[] | 'any';
  /** Why, in words, when an end does not fit. */
  fromWhy: string;
  toWhy: string;
}

const STATUTORY = (Object.keys(BODY_KIND_INFO) as BodyKind[]).filter(
  (kind) => BODY_KIND_INFO[kind].statutory,
);

/** The endpoint table of shared/DOMAIN.md, "Relationship kinds". */
export const RELATIONSHIP_ENDS: Record<RelationshipKind, Ends> = {
  'member-of': {
    from: 'any',
    to: ['place-partnership', 'provider-collaborative', 'committee', 'icp', 'pcn'],
    fromWhy: '',
    toWhy: 'a body can be a member only of a partnership, collaborative, committee, ICP or PCN',
  },
  'accountable-to': { from: 'any', to: 'any', fromWhy: '', toWhy: '' },
  delegates: {
    from: [...STATUTORY, 'committee'],
    to: 'any',
    fromWhy: 'only a statutory body or a committee can delegate a function',
    toWhy: '',
  },
  commissions: {
    from: ['icb', 'nhs-england', 'local-authority'],
    to: PROVIDER_KINDS,
    fromWhy: 'only an ICB, NHS England or a local authority commissions services',
    toWhy: 'services are commissioned from a provider',
  },
  subcontracts: {
    from: PROVIDER_KINDS,
    to: PROVIDER_KINDS,
    fromWhy: 'only a provider subcontracts',
    toWhy: 'a provider subcontracts to another provider',
  },
  funds: { from: 'any', to: 'any', fromWhy: '', toWhy: '' },
  hosts: {
    from: 'any',
    to: ['pooled-fund', 'provider-collaborative', 'place-partnership', 'committee'],
    fromWhy: '',
    toWhy: 'a body hosts only a pooled fund, collaborative, partnership or committee',
  },
  'shares-data': { from: 'any', to: 'any', fromWhy: '', toWhy: '' },
  oversees: {
    from: ['nhs-england', 'nhse-region', 'icb'],
    to: ['icb', 'nhs-trust'],
    fromWhy: 'oversight comes from NHS England, its regions or an ICB',
    toWhy: 'oversight applies to ICBs and NHS trusts',
  },
  assesses: {
    from: ['regulator'],
    to: 'any',
    fromWhy: 'only a regulator assesses',
    toWhy: '',
  },
  scrutinises: {
    from: ['local-authority', 'health-wellbeing-board'],
    to: NHS_BODY_KINDS,
    fromWhy: 'health scrutiny is done by a local authority or health and wellbeing board',
    toWhy: 'health scrutiny applies to NHS bodies',
  },
  nominates: {
    from: 'any',
    to: ['icb', 'icp', 'committee'],
    fromWhy: '',
    toWhy: 'members are nominated to an ICB, ICP or committee',
  },
};

/** Whether a relationship kind fits two ends, and why not. */
export type Fit = { ok: true } | { ok: false; reason: string };

function article(label: string): string {
  return /^[AEIOU]/i.test(label) ? `an ${label}` : `a ${label}`;
}

function kindName(kind: NodeKind): string {
  return kind === 'footprint' ? 'footprint' : BODY_KIND_INFO[kind].label;
}

/**
 * Whether `kind` may join a body of kind `from` to one of kind `to`, with a plain-English
 * reason when it may not ("A GP practice cannot commission: only an ICB, …").
 */
export function relationshipFits(kind: RelationshipKind, from: NodeKind, to: NodeKind): Fit {
  if (from === 'footprint' || to === 'footprint') {
    return { ok: false, reason: 'Relationships join bodies; a footprint is an area, not a body.' };
  }
  const ends = RELATIONSHIP_ENDS[kind];
  const name = `“${capitalise(RELATIONSHIP_KIND_LABEL[kind])}”`;
  if (ends.from !== 'any' && !ends.from.includes(from)) {
    return {
      ok: false,
      reason: `${name} cannot start at ${article(kindName(from))}: ${ends.fromWhy}.`,
    };
  }
  if (ends.to !== 'any' && !ends.to.includes(to)) {
    return { ok: false, reason: `${name} cannot end at ${article(kindName(to))}: ${ends.toWhy}.` };
  }
  return { ok: true };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Every relationship kind with whether it fits these two ends (the connect menu's list). */
export function relationshipChoices(
  from: NodeKind,
  to: NodeKind,
): Array<{ kind: RelationshipKind; fit: Fit }> {
  return RELATIONSHIP_KINDS.map((kind) => ({ kind, fit: relationshipFits(kind, from, to) }));
}
