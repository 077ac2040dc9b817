import type { CollaborativeModel } from '../model/governance.ts';
import type { SpecBody } from '../spec/specSchema.ts';
import { NORTHSHIRE, NORTHSHIRE_ICB, northshireFootprint, northshireIcb } from './northshire.ts';
import {
  body,
  decidingGovernance,
  footprint,
  groupTemplate,
  relationship,
  type Template,
  type TemplateParts,
} from './template.ts';

// Every collaborative template is two trusts in two places of Northshire, working at scale,
// so that the only difference between them is how the collaborative is run. Each trust sits
// in its own place, so the same function held by both is not flagged as duplication.
const NORTH = 'fp-place-northfield';
const SOUTH = 'fp-place-southmoor';
const TRUST_A = 'trust-northfield';
const TRUST_B = 'trust-southmoor';
const COLLABORATIVE = 'collab-northshire';

const ELECTIVE = 'elective care recovery';

/** Beyond membership and the collaborative answering to the ICB. */
interface CollaborativeModelParts extends TemplateParts {
  governance: NonNullable<SpecBody['governance']>;
  /** Mental health trusts instead of acute ones (lead provider collaboratives usually are). */
  mentalHealth?: boolean;
}

function collaborativeTemplate(
  model: CollaborativeModel,
  parts: CollaborativeModelParts,
): Template {
  const sector = parts.mentalHealth ? 'mental-health' : 'acute';
  const kindOfCare = parts.mentalHealth ? 'Mental Health' : 'Acute';
  const trust = (id: string, name: string, where: string) =>
    body(id, 'nhs-trust', name, {
      footprint: where,
      sector,
      foundationTrust: true,
      functions: [parts.mentalHealth ? 'adult secure services' : ELECTIVE],
    });
  const bodies = [
    northshireIcb({
      functions: ['mental health services commissioning', 'acute services commissioning'],
    }),
    parts.mentalHealth
      ? trust(TRUST_A, 'Northfield Mental Health NHS Foundation Trust', NORTH)
      : trust(TRUST_A, 'Northfield Hospitals NHS Foundation Trust', NORTH),
    parts.mentalHealth
      ? trust(TRUST_B, 'Southmoor Care Partnership NHS Foundation Trust', SOUTH)
      : trust(TRUST_B, 'Southmoor Teaching Hospitals NHS Foundation Trust', SOUTH),
    body(
      COLLABORATIVE,
      'provider-collaborative',
      `Northshire ${kindOfCare} Provider Collaborative`,
      {
        footprint: NORTHSHIRE,
        scale: 'at-scale',
        governance: { ...parts.governance, model },
        notes: parts.notes,
      },
    ),
    ...(parts.bodies ?? []),
  ];
  const relationships = [
    relationship('rel-northfield-member-of-collab', 'member-of', TRUST_A, COLLABORATIVE, {
      voting: true,
    }),
    relationship('rel-southmoor-member-of-collab', 'member-of', TRUST_B, COLLABORATIVE, {
      voting: true,
    }),
    relationship('rel-collab-accountable-to-icb', 'accountable-to', COLLABORATIVE, NORTHSHIRE_ICB),
    ...parts.relationships,
  ];
  return groupTemplate('collaborative', parts.id, parts.name, parts.description, {
    footprints: [
      northshireFootprint(),
      footprint(NORTH, 'Northfield', 'place', NORTHSHIRE),
      footprint(SOUTH, 'Southmoor', 'place', NORTHSHIRE),
    ],
    bodies,
    relationships,
  });
}

/** The collaborative answers to each trust board as well as to the ICB. */
const answersToBoards = [
  relationship('rel-collab-accountable-to-northfield', 'accountable-to', COLLABORATIVE, TRUST_A),
  relationship('rel-collab-accountable-to-southmoor', 'accountable-to', COLLABORATIVE, TRUST_B),
];

/** A collaborative whose leaders agree joint work but decide nothing together. */
export const collaborativeLeadershipBoard = collaborativeTemplate('provider-leadership-board', {
  id: 'collaborative-provider-leadership-board',
  name: 'Provider collaborative: leadership board',
  description: 'Trust leaders meet as a board to agree joint work; each trust board still decides.',
  notes:
    'The chief executives and chairs of the member trusts meet as a provider leadership board to agree joint work. The board cannot take decisions for the trusts, so each proposal goes back to every trust board for approval.',
  governance: { chair: 'Chief executive of a member trust, in rotation' },
  relationships: answersToBoards,
});

/** A collaborative run as an advisory group to its members. */
export const collaborativeAdvisoryGroup = collaborativeTemplate('advisory-group', {
  id: 'collaborative-advisory-group',
  name: 'Provider collaborative: advisory group',
  description: 'An advisory group recommends joint work; each trust board decides.',
  notes:
    'The collaborative is an advisory group that looks at shared problems and recommends what the trusts should do together. It has no delegated powers, so each recommendation is decided by every member trust’s own board.',
  governance: { chair: 'Independent chair' },
  relationships: answersToBoards,
});

const COMMITTEE_A = 'committee-northfield-cic';
const COMMITTEE_B = 'committee-southmoor-cic';

/** A collaborative run as committees in common, one committee per trust. */
export const collaborativeCommitteesInCommon = collaborativeTemplate('committees-in-common', {
  id: 'collaborative-committees-in-common',
  name: 'Provider collaborative: committees in common',
  description:
    'Each trust delegates to its own committee, and the committees meet together to decide in step.',
  notes:
    'Each trust sets up its own committee, delegates decisions to it, and the committees meet at the same time to decide in step. Each committee can only decide for its own trust, so the trusts agree together but stay separately accountable.',
  governance: { chair: 'Chair of a member trust, in rotation' },
  bodies: [
    body(COMMITTEE_A, 'committee', 'Northfield Hospitals committee in common', {
      footprint: NORTHSHIRE,
      committeeType: 'committee-in-common',
      governance: decidingGovernance(undefined, 'Chair of Northfield Hospitals'),
    }),
    body(COMMITTEE_B, 'committee', 'Southmoor Teaching Hospitals committee in common', {
      footprint: NORTHSHIRE,
      committeeType: 'committee-in-common',
      governance: decidingGovernance(undefined, 'Chair of Southmoor Teaching Hospitals'),
    }),
  ],
  relationships: [
    relationship('rel-northfield-delegates-cic', 'delegates', TRUST_A, COMMITTEE_A, {
      function: ELECTIVE,
      legalBasis: 'trust-standing-orders',
    }),
    relationship('rel-southmoor-delegates-cic', 'delegates', TRUST_B, COMMITTEE_B, {
      function: ELECTIVE,
      legalBasis: 'trust-standing-orders',
    }),
    relationship('rel-northfield-cic-accountable', 'accountable-to', COMMITTEE_A, TRUST_A),
    relationship('rel-southmoor-cic-accountable', 'accountable-to', COMMITTEE_B, TRUST_B),
    relationship('rel-northfield-cic-member-of-collab', 'member-of', COMMITTEE_A, COLLABORATIVE),
    relationship('rel-southmoor-cic-member-of-collab', 'member-of', COMMITTEE_B, COLLABORATIVE),
  ],
});

/** A collaborative run as a joint committee that the trusts delegate to. */
export const collaborativeJointCommittee = collaborativeTemplate('joint-committee', {
  id: 'collaborative-joint-committee',
  name: 'Provider collaborative: joint committee',
  description: 'The trusts form one joint committee and delegate shared decisions to it.',
  notes:
    'The trusts form a joint committee under section 65Z5 of the NHS Act 2006 and delegate shared decisions to it, so one committee decides for all of them. Each trust board stays accountable for what it delegates.',
  governance: decidingGovernance(undefined, 'Chair chosen by the member trusts'),
  relationships: [
    relationship('rel-northfield-delegates-collab', 'delegates', TRUST_A, COLLABORATIVE, {
      function: ELECTIVE,
      legalBasis: 's65z5-joint-exercise',
    }),
    relationship('rel-southmoor-delegates-collab', 'delegates', TRUST_B, COLLABORATIVE, {
      function: ELECTIVE,
      legalBasis: 's65z5-joint-exercise',
    }),
    ...answersToBoards,
  ],
});

/** A collaborative where one trust holds the contract and subcontracts the others. */
export const collaborativeLeadProvider = collaborativeTemplate('lead-provider', {
  id: 'collaborative-lead-provider',
  name: 'Provider collaborative: lead provider',
  description:
    'The ICB contracts one lead trust, which subcontracts the other members of the collaborative.',
  notes:
    'One trust is the lead provider: it holds the contract and the budget from the commissioner and subcontracts the other members. Decisions and money move by contract and subcontract, not by delegation.',
  governance: { chair: 'Chair of the lead provider' },
  mentalHealth: true,
  relationships: [
    relationship('rel-icb-commissions-lead', 'commissions', NORTHSHIRE_ICB, TRUST_A, {
      agreement: 'Lead provider contract for specialised mental health services',
    }),
    relationship('rel-lead-subcontracts-southmoor', 'subcontracts', TRUST_A, TRUST_B, {
      agreement: 'Subcontract for adult secure services',
    }),
  ],
});

/** A collaborative whose trusts share a chair and chief executive. */
export const collaborativeSharedLeadership = collaborativeTemplate('shared-leadership', {
  id: 'collaborative-shared-leadership',
  name: 'Provider collaborative: shared leadership',
  description: 'The trusts share a chair and a chief executive but keep their own boards.',
  notes:
    'The member trusts appoint the same chair and chief executive, while each keeps its own board. Decisions are still taken by each trust through its own board and committees.',
  governance: { chair: 'Joint chair of both trusts' },
  relationships: answersToBoards,
});

/** A collaborative run as a group of trusts with one group leadership team. */
export const collaborativeGroupModel = collaborativeTemplate('group-model', {
  id: 'collaborative-group-model',
  name: 'Provider collaborative: group model',
  description:
    'The trusts form a group with one leadership team; each still decides through its own committees.',
  notes:
    'The trusts form a group with one group chair, chief executive and leadership team, working to a group strategy. Each trust stays a legal body, so decisions still go through each member’s own board and committees.',
  governance: { chair: 'Group chair' },
  relationships: answersToBoards,
});

/** The collaborative templates, one per provider collaborative model. */
export const COLLABORATIVE_TEMPLATES: readonly Template[] = [
  collaborativeLeadershipBoard,
  collaborativeAdvisoryGroup,
  collaborativeCommitteesInCommon,
  collaborativeJointCommittee,
  collaborativeLeadProvider,
  collaborativeSharedLeadership,
  collaborativeGroupModel,
];
