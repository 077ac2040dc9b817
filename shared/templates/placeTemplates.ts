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

// Every place template is the same small place, Riverton in Northshire, so that the only
// difference between them is how the place partnership is run.
const PLACE = 'fp-place-riverton';
const COUNCIL = 'council-riverton';
const TRUST = 'trust-riverton-community';
const PCN = 'pcn-riverton-central';
const PARTNERSHIP = 'place-riverton-partnership';

const COMMUNITY = 'community services commissioning';
const SOCIAL_CARE = 'adult social care';

/** Beyond membership and the partnership answering to the ICB. */
interface PlaceModelParts extends TemplateParts {
  partnership: Omit<Parameters<typeof body>[3], 'notes'>;
  /** Whether the PCN sits in the partnership (without a vote where that matters). */
  pcnVoting?: boolean;
}

function placeTemplate(parts: PlaceModelParts): Template {
  const bodies = [
    northshireIcb({
      functions: [COMMUNITY, 'primary medical services commissioning'],
    }),
    body(COUNCIL, 'local-authority', 'Riverton Council', {
      footprint: PLACE,
      tier: 'unitary',
      functions: [SOCIAL_CARE],
    }),
    body(TRUST, 'nhs-trust', 'Riverton Community Health NHS Trust', {
      footprint: PLACE,
      sector: 'community',
      foundationTrust: false,
    }),
    body(PCN, 'pcn', 'Riverton Central PCN', { footprint: PLACE }),
    body(PARTNERSHIP, 'place-partnership', 'Riverton Health and Care Partnership', {
      footprint: PLACE,
      ...parts.partnership,
      notes: parts.notes,
    }),
    ...(parts.bodies ?? []),
  ];
  const relationships = [
    relationship('rel-icb-member-of-riverton', 'member-of', NORTHSHIRE_ICB, PARTNERSHIP),
    relationship('rel-council-member-of-riverton', 'member-of', COUNCIL, PARTNERSHIP),
    relationship('rel-trust-member-of-riverton', 'member-of', TRUST, PARTNERSHIP),
    relationship('rel-pcn-member-of-riverton', 'member-of', PCN, PARTNERSHIP, {
      voting: parts.pcnVoting ?? false,
    }),
    relationship('rel-pcn-accountable-to-icb', 'accountable-to', PCN, NORTHSHIRE_ICB),
    relationship('rel-riverton-accountable-to-icb', 'accountable-to', PARTNERSHIP, NORTHSHIRE_ICB),
    ...parts.relationships,
  ];
  return groupTemplate('place', parts.id, parts.name, parts.description, {
    footprints: [northshireFootprint(), footprint(PLACE, 'Riverton', 'place', NORTHSHIRE)],
    bodies,
    relationships,
  });
}

/** A place partnership that advises its partners and takes no decisions itself. */
export const placeConsultativeForum = placeTemplate({
  id: 'place-consultative-forum',
  name: 'Place partnership: consultative forum',
  description:
    'The partners meet to agree shared plans, but every decision goes back to each partner.',
  notes:
    'The partnership is a consultative forum: the ICB, the council and local providers meet to agree priorities and shared plans. It holds no delegated budget or functions, so each partner takes its own decisions through its own board.',
  partnership: {
    leader: 'Place lead for Riverton',
    governance: { model: 'consultative-forum', chair: 'Leader of Riverton Council' },
  },
  relationships: [],
});

/** A place partnership run as a committee of the ICB, with ICB functions delegated to it. */
export const placeIcbCommittee = placeTemplate({
  id: 'place-icb-committee',
  name: 'Place partnership: ICB committee',
  description:
    'The partnership is a committee of the ICB, taking decisions on the ICB functions delegated to it.',
  notes:
    'The partnership is a committee of the ICB board, so the ICB can delegate its own functions and budget for the place to it. Partners such as the council sit on it, but it can only decide on ICB functions, and the ICB board stays accountable for them.',
  partnership: {
    leader: 'ICB place director for Riverton',
    governance: decidingGovernance('icb-committee', 'ICB non-executive member for Riverton'),
  },
  relationships: [
    relationship('rel-icb-delegates-riverton', 'delegates', NORTHSHIRE_ICB, PARTNERSHIP, {
      function: COMMUNITY,
      legalBasis: 'icb-constitution',
    }),
  ],
});

/** A place partnership run as a joint committee of the ICB and the council. */
export const placeJointCommittee = placeTemplate({
  id: 'place-joint-committee',
  name: 'Place partnership: joint committee',
  description: 'The ICB and the council form a joint committee and both delegate functions to it.',
  notes:
    'The partnership is a joint committee of the ICB and the council. The ICB’s functions reach it under section 65Z5 of the NHS Act 2006; the council’s adult social care reaches it under section 75 (a council cannot use s65Z5 for its own functions). Only the parties vote; the primary care network attends without a vote.',
  partnership: {
    leader: 'Place lead for Riverton',
    governance: decidingGovernance('joint-committee', 'Chair chosen by the voting members'),
  },
  relationships: [
    relationship('rel-icb-delegates-riverton', 'delegates', NORTHSHIRE_ICB, PARTNERSHIP, {
      function: COMMUNITY,
      legalBasis: 's65z5-joint-exercise',
    }),
    relationship('rel-council-delegates-riverton', 'delegates', COUNCIL, PARTNERSHIP, {
      function: SOCIAL_CARE,
      legalBasis: 's75-lead-commissioning',
    }),
    relationship('rel-riverton-accountable-to-council', 'accountable-to', PARTNERSHIP, COUNCIL),
  ],
});

/** A place partnership led by an ICB executive who holds delegated decisions. */
export const placeIndividualExecutive = placeTemplate({
  id: 'place-individual-executive',
  name: 'Place partnership: individual executive',
  description:
    'An ICB executive for the place takes decisions under the ICB scheme of delegation, advised by the partners.',
  notes:
    'An ICB executive, the place director, takes decisions for the place under the ICB’s scheme of reservation and delegation. The partnership advises the place director, and the ICB board stays accountable for every decision.',
  partnership: {
    leader: 'ICB place director for Riverton',
    governance: decidingGovernance('individual-executive', 'ICB place director for Riverton'),
  },
  relationships: [
    relationship('rel-icb-delegates-riverton', 'delegates', NORTHSHIRE_ICB, PARTNERSHIP, {
      function: COMMUNITY,
      legalBasis: 'icb-constitution',
      notes: 'Delegated to the place director under the ICB scheme of reservation and delegation.',
    }),
  ],
});

const VCSE = 'vcse-riverton-action';

/** A place partnership where one provider holds the contract for the place. */
export const placeLeadProvider = placeTemplate({
  id: 'place-lead-provider',
  name: 'Place partnership: lead provider',
  description: 'The ICB contracts one provider for the place, which subcontracts other providers.',
  notes:
    'The ICB gives one provider a contract for the place, and that lead provider subcontracts other providers to deliver it. Decisions move by contract, not delegation, so the ICB stays accountable for the services.',
  partnership: {
    leader: 'Chief executive of Riverton Community Health',
    governance: { model: 'lead-provider', chair: 'Chair of Riverton Community Health' },
  },
  bodies: [body(VCSE, 'vcse', 'Riverton Community Action', { footprint: PLACE })],
  relationships: [
    relationship('rel-icb-commissions-lead', 'commissions', NORTHSHIRE_ICB, TRUST, {
      agreement: 'Place lead provider contract',
    }),
    relationship('rel-lead-subcontracts-vcse', 'subcontracts', TRUST, VCSE, {
      agreement: 'Subcontract for community support',
    }),
    relationship('rel-vcse-accountable-to-lead', 'accountable-to', VCSE, TRUST),
  ],
});

/** The place templates, one per place partnership model. */
export const PLACE_TEMPLATES: readonly Template[] = [
  placeConsultativeForum,
  placeIcbCommittee,
  placeJointCommittee,
  placeIndividualExecutive,
  placeLeadProvider,
];
