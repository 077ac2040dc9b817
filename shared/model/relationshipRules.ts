import {
  BODY_KIND_INFO,
  type BodyKind,
  DELEGATION_RECIPIENT_KINDS,
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
  /** Why this pair of ends does not fit when each end alone does, or undefined when it fits. */
  pair?: (from: BodyKind, to: BodyKind) => string | undefined;
}

/** Who oversees whom since 2025 (docs/domain.md, "Oversight"). */
const NATIONAL_OVERSIGHT: readonly BodyKind[] = ['dhsc', 'nhs-england', 'nhse-region'];
const PRIMARY_CARE: readonly BodyKind[] = ['gp-practice', 'pcn', 'neighbourhood-provider'];

/**
 * Who takes over an abolished body's functions, so succeeds it though of another kind
 * (docs/domain.md, "Reforms and the date"): NHS England and its regions by DHSC (Health Bill
 * 2026), local Healthwatch by the ICB (health) and the council (social care).
 */
const TAKES_OVER: Partial<Record<BodyKind, readonly BodyKind[]>> = {
  'nhs-england': ['dhsc'],
  'nhse-region': ['dhsc'],
  healthwatch: ['icb', 'local-authority'],
};

/** The endpoint table of docs/domain.md, "Relationship kinds". */
export const RELATIONSHIP_ENDS: Record<RelationshipKind, Ends> = {
  'member-of': {
    from: 'any',
    to: [
      'place-partnership',
      'provider-collaborative',
      'committee',
      'icp',
      'pcn',
      'health-wellbeing-board',
      'icb-cluster',
      'icb',
    ],
    fromWhy: '',
    toWhy:
      'a body can be a member only of a partnership, collaborative, committee, ICP, PCN, health and wellbeing board, ICB cluster or (for a mayor’s strategic authority) an ICB',
    pair: (from, to) => {
      if (to === 'icb-cluster' && from !== 'icb') return 'only ICBs make up an ICB cluster';
      if (to === 'icb' && from !== 'local-authority') {
        return 'a mayor’s combined or strategic authority sits on an ICB board; other bodies nominate its members (nominates)';
      }
      return undefined;
    },
  },
  'accountable-to': { from: 'any', to: 'any', fromWhy: '', toWhy: '' },
  delegates: {
    from: ['dhsc', ...DELEGATION_RECIPIENT_KINDS],
    to: DELEGATION_RECIPIENT_KINDS,
    fromWhy:
      'only a body that holds functions in law (DHSC, NHS England, an ICB, an NHS trust or a local authority) or a committee acting for one can delegate',
    toWhy:
      'under s65Z5 only NHS England, ICBs, NHS trusts and foundation trusts, local authorities and their committees and joint committees can exercise another body’s functions; join a provider by a contract (commissions) instead',
  },
  commissions: {
    from: ['dhsc', 'icb', 'nhs-england', 'local-authority'],
    to: PROVIDER_KINDS,
    fromWhy: 'only DHSC, NHS England, an ICB or a local authority commissions services',
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
    from: [...NATIONAL_OVERSIGHT, 'icb'],
    to: ['icb', 'nhs-trust', ...PRIMARY_CARE],
    fromWhy: 'oversight comes from DHSC, NHS England or its regions, or (for primary care) an ICB',
    toWhy: 'oversight applies to ICBs, NHS trusts and primary care providers',
    pair: (from, to) => {
      if (from === 'icb' && !PRIMARY_CARE.includes(to)) {
        return 'an ICB oversees primary care; trusts and ICBs are overseen by the NHS England region (DHSC once NHS England is abolished)';
      }
      if (from !== 'icb' && PRIMARY_CARE.includes(to)) {
        return 'primary care providers are overseen by their ICB, under the delegated primary care functions';
      }
      return undefined;
    },
  },
  assesses: {
    from: ['regulator'],
    to: 'any',
    fromWhy: 'only a regulator assesses',
    toWhy: '',
  },
  scrutinises: {
    from: ['local-authority'],
    to: NHS_BODY_KINDS,
    fromWhy:
      'health scrutiny is a council’s function (its overview and scrutiny committee), not a health and wellbeing board’s',
    toWhy: 'health scrutiny applies to NHS bodies',
  },
  nominates: {
    from: 'any',
    to: ['icb', 'icp', 'committee', 'health-wellbeing-board'],
    fromWhy: '',
    toWhy: 'members are nominated to an ICB, ICP, committee or health and wellbeing board',
  },
  approves: {
    from: ['health-wellbeing-board'],
    to: ['pooled-fund'],
    fromWhy: 'the health and wellbeing board approves the Better Care Fund plan',
    toWhy: 'a health and wellbeing board approves the plan of a (Better Care Fund) pooled fund',
  },
  'succeeded-by': {
    from: 'any',
    to: 'any',
    fromWhy: '',
    toWhy: '',
    pair: (from, to) =>
      from === to || TAKES_OVER[from]?.includes(to)
        ? undefined
        : 'a body is succeeded by one of its own kind (an ICB by the ICB it merges into), or an abolished body by those its functions go to: NHS England by DHSC, local Healthwatch by the ICB and the council',
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
  const pairWhy = ends.pair?.(from, to);
  if (pairWhy) {
    return {
      ok: false,
      reason: `${name} cannot end at ${article(kindName(to))} from ${article(kindName(from))}: ${pairWhy}.`,
    };
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
