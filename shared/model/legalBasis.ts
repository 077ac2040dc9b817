import type { BodyKind } from './bodyKinds.ts';
import { RELEVANT_BODY_KINDS } from './bodyKinds.ts';

/** What a legal basis allows: the relationship kinds it is for and the kinds at each end. */
export interface LegalBasisInfo {
  /** Plain-English name, as documents print it. */
  label: string;
  /** The provision, for documents' "statutory basis" (docs/domain.md, "Legal bases"). */
  citation: string;
  /** Relationship kinds that can rest on it. */
  on: readonly ('delegates' | 'funds')[];
  from: readonly BodyKind[];
  to: readonly BodyKind[];
  /** Why, in words, when an end does not fit. */
  fromWhy: string;
  toWhy: string;
  /** True when one end must be an NHS body and the other a local authority (section 75). */
  nhsAndCouncil?: boolean;
  /** True when a committee at the far end must be a joint committee (s65Z5(2)). */
  jointCommittee?: boolean;
}

const COMMITTEES: readonly BodyKind[] = [
  'committee',
  'place-partnership',
  'provider-collaborative',
  'health-wellbeing-board',
];
/** Bodies that can be a joint committee of the parties to a s65Z5 joint arrangement. */
const JOINT_COMMITTEES: readonly BodyKind[] = [
  'committee',
  'place-partnership',
  'provider-collaborative',
];
/** The NHS bodies prescribed for section 75 partnership arrangements. */
const S75_NHS: readonly BodyKind[] = ['nhs-england', 'icb', 'nhs-trust'];
const RELEVANT_WHY = 'only NHS England, an ICB or an NHS trust or foundation trust can use s65Z5';

const S75_CITATION =
  'National Health Service Act 2006, section 75 and the NHS Bodies and Local Authorities Partnership Arrangements Regulations 2000';

/** A section 75 arrangement between NHS bodies and local authorities (the kinds differ in name only). */
function s75Arrangement(label: string): LegalBasisInfo {
  return {
    label,
    citation: S75_CITATION,
    on: ['delegates'],
    from: [...S75_NHS, 'local-authority'],
    to: [...S75_NHS, 'local-authority', ...COMMITTEES],
    fromWhy: 'only NHS bodies and local authorities make section 75 arrangements',
    toWhy:
      'a section 75 arrangement is between an NHS body and a local authority (or a committee of theirs)',
    nhsAndCouncil: true,
  };
}

/** Every legal basis a delegation or a payment into a pool can rest on (a fixed list). */
export const LEGAL_BASES = {
  's65z5-delegation': {
    label: 'Delegation (NHS Act 2006 s65Z5)',
    citation: 'National Health Service Act 2006, section 65Z5',
    on: ['delegates'],
    from: RELEVANT_BODY_KINDS,
    // s65Z5(1): "to be exercised by … that other body": a relevant body or a local authority.
    to: [...RELEVANT_BODY_KINDS, 'local-authority'],
    fromWhy: RELEVANT_WHY,
    toWhy:
      'under s65Z5(1) a function is delegated to another relevant body (NHS England, an ICB, an NHS trust) or a local authority; a committee exercises functions jointly (s65Z5(2)) or inside its own body’s scheme of delegation',
  },
  's65z5-joint-exercise': {
    label: 'Joint exercise of functions (NHS Act 2006 s65Z5)',
    citation: 'National Health Service Act 2006, section 65Z5',
    on: ['delegates'],
    from: RELEVANT_BODY_KINDS,
    // s65Z5(2): functions exercisable jointly "may be exercised by a joint committee".
    to: [...RELEVANT_BODY_KINDS, 'local-authority', ...JOINT_COMMITTEES],
    fromWhy: RELEVANT_WHY,
    toWhy:
      'functions are exercised jointly with NHS England, an ICB, an NHS trust or a local authority, or by their joint committee (s65Z5(2))',
    jointCommittee: true,
  },
  's65z6-pooled-fund': {
    label: 'Pooled fund (NHS Act 2006 s65Z6)',
    citation: 'National Health Service Act 2006, section 65Z6',
    on: ['funds'],
    from: [...RELEVANT_BODY_KINDS, 'local-authority'],
    to: ['pooled-fund'],
    fromWhy:
      'only the parties to s65Z5 arrangements (NHS bodies and local authorities) pay into a s65Z6 fund',
    toWhy: 'a s65Z6 payment goes into a pooled fund',
  },
  's75-pooled-fund': {
    label: 'Pooled fund (NHS Act 2006 s75)',
    citation: S75_CITATION,
    on: ['funds'],
    from: [...S75_NHS, 'local-authority'],
    to: ['pooled-fund'],
    fromWhy: 'only NHS bodies and local authorities are partners in a section 75 pool',
    toWhy: 'a section 75 payment goes into a pooled fund',
  },
  's75-lead-commissioning': s75Arrangement('Lead commissioning (NHS Act 2006 s75)'),
  's75-integrated-provision': s75Arrangement('Integrated provision (NHS Act 2006 s75)'),
  'icb-constitution': {
    label: 'ICB constitution / scheme of reservation and delegation',
    citation:
      'National Health Service Act 2006, Schedule 1B (the ICB’s constitution) and its scheme of reservation and delegation',
    on: ['delegates'],
    from: ['icb', 'committee'],
    to: COMMITTEES.filter((kind) => kind !== 'health-wellbeing-board'),
    fromWhy: 'an ICB’s scheme of reservation and delegation hands on the ICB’s own functions',
    toWhy: 'an ICB delegates under its constitution to its own committees (and individuals)',
  },
  'trust-standing-orders': {
    label: 'Trust standing orders / scheme of delegation',
    citation:
      'The trust’s standing orders and scheme of delegation (for a foundation trust, its constitution under the National Health Service Act 2006, Schedule 7)',
    on: ['delegates'],
    from: ['nhs-trust', 'committee'],
    to: ['committee', 'provider-collaborative'],
    fromWhy: 'a trust’s scheme of delegation hands on the trust’s own functions',
    toWhy: 'a trust delegates under its standing orders to its own committees (and officers)',
  },
  'lga-1972-s101': {
    label: 'Local Government Act 1972 s101',
    citation: 'Local Government Act 1972, section 101',
    on: ['delegates'],
    from: ['local-authority', 'committee', 'health-wellbeing-board'],
    to: ['local-authority', ...COMMITTEES],
    fromWhy: 'section 101 is how a council hands on its own functions',
    toWhy:
      'under section 101 a council’s functions go to its committees, joint committees, officers or another council',
  },
  'sos-delegation': {
    label: 'Secretary of State delegation to an ICB (Health Bill 2026)',
    citation:
      'Health Bill 2026, new section 5A of the National Health Service Act 2006 (when in force)',
    on: ['delegates'],
    from: ['dhsc'],
    to: ['icb'],
    fromWhy: 'only the Secretary of State delegates under the Health Bill’s new section 5A',
    toWhy: 'the Secretary of State delegates commissioning to ICBs',
  },
} as const satisfies Record<string, LegalBasisInfo>;

/** A legal basis's id. */
export type LegalBasis = keyof typeof LEGAL_BASES;

/** How documents print a legal basis: its name, e.g. "Delegation (NHS Act 2006 s65Z5)". */
export function legalBasisName(basis: LegalBasis | undefined): string | undefined {
  return basis === undefined ? undefined : (LEGAL_BASES[basis]?.label ?? basis);
}

/** Legal basis ids, in the order the inspector offers them. */
export const LEGAL_BASIS_IDS = Object.keys(LEGAL_BASES) as [LegalBasis, ...LegalBasis[]];

function article(label: string): string {
  return /^[AEIOU]/i.test(label) ? `an ${label}` : `a ${label}`;
}

/**
 * Why a relationship cannot rest on this legal basis between bodies of these kinds, or
 * undefined when it can. `names` turns a kind into its plain-English name.
 */
export function legalBasisProblem(
  basis: LegalBasis,
  relationship: 'delegates' | 'funds' | string,
  from: BodyKind,
  to: BodyKind,
  names: (kind: BodyKind) => string,
): string | undefined {
  const info: LegalBasisInfo | undefined = LEGAL_BASES[basis];
  // A value from outside the fixed list (data not read through the spec schema) is not judged.
  if (!info) return undefined;
  if (!(info.on as readonly string[]).includes(relationship)) {
    return `${info.label} is a basis for ${info.on.map((kind) => (kind === 'funds' ? 'paying into a pool' : 'delegation')).join(' or ')}, not for this relationship`;
  }
  if (!info.from.includes(from)) return `${article(names(from))} cannot use it: ${info.fromWhy}`;
  if (!info.to.includes(to)) return `it cannot reach ${article(names(to))}: ${info.toWhy}`;
  if (info.nhsAndCouncil) {
    const council = (kind: BodyKind) => kind === 'local-authority';
    const nhs = (kind: BodyKind) => S75_NHS.includes(kind);
    if ((council(from) && council(to)) || (nhs(from) && nhs(to))) {
      return 'a section 75 arrangement joins an NHS body and a local authority, not two of one side';
    }
  }
  return undefined;
}

/**
 * The legal basis a free-text v1 `legalBasis` means ("NHS Act 2006 s65Z5" → delegation), or
 * undefined when it names none of the fixed list.
 */
export function legalBasisFromText(text: string): LegalBasis | undefined {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  if ((LEGAL_BASIS_IDS as string[]).includes(t)) return t as LegalBasis;
  if (/65\s?z\s?6/.test(t)) return 's65z6-pooled-fund';
  if (/65\s?z\s?5/.test(t)) return /joint/.test(t) ? 's65z5-joint-exercise' : 's65z5-delegation';
  if (/(section|s\.?) ?75\b/.test(t)) {
    if (/lead/.test(t)) return 's75-lead-commissioning';
    if (/integrated provision|provision/.test(t)) return 's75-integrated-provision';
    return 's75-pooled-fund';
  }
  if (/(section|s\.?) ?101\b/.test(t)) return 'lga-1972-s101';
  if (/scheme of (reservation|delegation)|constitution/.test(t)) return 'icb-constitution';
  return undefined;
}
