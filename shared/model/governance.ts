/** A governance model and what it means for delegated decisions (docs/domain.md, "Footprints and governance models"). */
export interface GovernanceModelInfo {
  label: string;
  /** Can decisions be delegated to a body run this way, and how. */
  delegation: string;
  /** True when the model takes no decisions of its own: delegating to it is an error. */
  advisory: boolean;
}

/** Place partnership models ("Thriving places", 2021). */
export const PLACE_MODELS = {
  'consultative-forum': {
    label: 'Consultative forum',
    delegation: 'No delegated decisions: it advises the partners.',
    advisory: true,
  },
  'icb-committee': {
    label: 'ICB committee',
    delegation: 'Can take delegated decisions, for ICB functions only.',
    advisory: false,
  },
  'joint-committee': {
    label: 'Joint committee',
    delegation: 'Can take delegated decisions of the ICB, councils and others (s65Z5).',
    advisory: false,
  },
  'individual-executive': {
    label: 'Individual executive',
    delegation: "Decides through the ICB's scheme of reservation and delegation.",
    advisory: false,
  },
  'lead-provider': {
    label: 'Lead provider',
    delegation: 'By contract only: the ICB stays accountable.',
    advisory: false,
  },
} as const satisfies Record<string, GovernanceModelInfo>;

/** Provider collaborative models ("Working together at scale", 2021). */
export const COLLABORATIVE_MODELS = {
  'provider-leadership-board': {
    label: 'Provider leadership board',
    delegation: 'No delegated decisions: decisions go back to each board.',
    advisory: true,
  },
  'advisory-group': {
    label: 'Advisory group',
    delegation: 'No delegated decisions: decisions go back to each board.',
    advisory: true,
  },
  'committees-in-common': {
    label: 'Committees in common',
    delegation: 'Each committee decides for its own parent only.',
    advisory: false,
  },
  'joint-committee': {
    label: 'Joint committee',
    delegation: 'Can take delegated decisions (s65Z5; foundation trusts since 2022).',
    advisory: false,
  },
  'lead-provider': {
    label: 'Lead provider',
    delegation: 'By contract and subcontract, not by delegation.',
    advisory: false,
  },
  'shared-leadership': {
    label: 'Shared leadership',
    delegation: "Through each member's own committees.",
    advisory: false,
  },
  'group-model': {
    label: 'Group model',
    delegation: "Through each member's own committees.",
    advisory: false,
  },
} as const satisfies Record<string, GovernanceModelInfo>;

/** A place partnership's governance model. */
export type PlaceModel = keyof typeof PLACE_MODELS;
/** A provider collaborative's governance model. */
export type CollaborativeModel = keyof typeof COLLABORATIVE_MODELS;

/** Place partnership model ids. */
export const PLACE_MODEL_IDS = Object.keys(PLACE_MODELS) as [PlaceModel, ...PlaceModel[]];
/** Provider collaborative model ids. */
export const COLLABORATIVE_MODEL_IDS = Object.keys(COLLABORATIVE_MODELS) as [
  CollaborativeModel,
  ...CollaborativeModel[],
];

/** Every governance model id, of either family. */
export const GOVERNANCE_MODEL_IDS = [
  ...new Set<string>([...PLACE_MODEL_IDS, ...COLLABORATIVE_MODEL_IDS]),
] as [string, ...string[]];

/** The plain-English name of a governance model of either family. */
export function governanceModelLabel(model: string): string {
  return (
    (PLACE_MODELS as Record<string, GovernanceModelInfo>)[model]?.label ??
    (COLLABORATIVE_MODELS as Record<string, GovernanceModelInfo>)[model]?.label ??
    model
  );
}

/** Committee types, with names. */
export const COMMITTEE_TYPES = {
  'board-committee': 'Board committee',
  'joint-committee': 'Joint committee',
  'committee-in-common': 'Committee in common',
  'advisory-group': 'Advisory group',
  'consultative-forum': 'Consultative forum',
} as const;

/** A committee's type. */
export type CommitteeType = keyof typeof COMMITTEE_TYPES;
