import { NORTHSHIRE, NORTHSHIRE_ICB, northshireFootprint, northshireIcb } from './northshire.ts';
import {
  body,
  decidingGovernance,
  footprint,
  groupTemplate,
  relationship,
  type Template,
} from './template.ts';

// The structures of 2025–26 (docs/domain.md): ICB clusters, integrated health organisations
// with neighbourhood providers, specialised services delegated to ICBs, a Better Care Fund pool.

const REGION = 'fp-region-north';
const WESTMOOR = 'fp-system-westmoor';
const RIVERTON = 'fp-place-riverton';
const NHSE = 'nhs-england-national';
const NHSE_REGION = 'nhse-region-north';
const ICB_W = 'icb-westmoor';

/** Northshire's system footprint and its place, Riverton. */
const northshireWithRiverton = () => [
  northshireFootprint(),
  footprint(RIVERTON, 'Riverton', 'place', NORTHSHIRE),
];

const icbGovernance = (name: string) => ({
  termsOfReference: `Constitution of ${name}`,
  chair: `Chair of ${name}`,
  quorum: 'Half of the members, including the chair or vice chair',
  nonExecutiveMembers: 2,
});

function cluster(): Template {
  const name = 'ICB cluster';
  const description =
    'Two ICBs share a chair and a chief executive while each stays a separate legal body with its own board.';
  const id = 'icb-cluster-north';
  return groupTemplate('reform', 'icb-cluster', name, description, {
    footprints: [
      footprint(REGION, 'North', 'region'),
      northshireFootprint(REGION),
      footprint(WESTMOOR, 'Westmoor', 'system', REGION),
    ],
    bodies: [
      body(NHSE, 'nhs-england', 'NHS England'),
      body(NHSE_REGION, 'nhse-region', 'NHS England – North', { footprint: REGION }),
      northshireIcb({
        functions: ['acute-services-commissioning'],
        oversightSegment: 2,
      }),
      body(ICB_W, 'icb', 'NHS Westmoor Integrated Care Board', {
        footprint: WESTMOOR,
        functions: ['acute-services-commissioning'],
        oversightSegment: 3,
      }),
      body(id, 'icb-cluster', 'Northshire and Westmoor ICB cluster', {
        footprint: REGION,
        sharedRoles: [
          'Joint chair',
          'Joint chief executive',
          'Shared strategic commissioning team',
        ],
        notes:
          'The two ICBs share a chair, a chief executive and a commissioning team, but each stays a separate legal body with its own board, duties and budget. Each board decides for its own ICB, often meeting at the same time. A merger, by contrast, abolishes both and establishes a successor ICB.',
      }),
    ],
    relationships: [
      relationship('rel-northshire-in-cluster', 'member-of', NORTHSHIRE_ICB, id),
      relationship('rel-westmoor-in-cluster', 'member-of', ICB_W, id),
      relationship('rel-cluster-answers-northshire', 'accountable-to', id, NORTHSHIRE_ICB),
      relationship('rel-cluster-answers-westmoor', 'accountable-to', id, ICB_W),
      relationship('rel-northshire-accountable-to-nhse', 'accountable-to', NORTHSHIRE_ICB, NHSE),
      relationship('rel-westmoor-accountable-to-nhse', 'accountable-to', ICB_W, NHSE),
      relationship('rel-region-accountable-to-nhse', 'accountable-to', NHSE_REGION, NHSE),
      relationship('rel-region-oversees-northshire', 'oversees', NHSE_REGION, NORTHSHIRE_ICB),
      relationship('rel-region-oversees-westmoor', 'oversees', NHSE_REGION, ICB_W),
    ],
  });
}

function integratedHealthOrganisation(): Template {
  const name = 'Integrated health organisation with neighbourhood providers';
  const description =
    'The ICB contracts one foundation trust, designated an integrated health organisation, for its place’s health budget; it subcontracts two multi-neighbourhood providers.';
  const iho = 'trust-riverton-iho';
  const north = 'nhp-riverton-north';
  const south = 'nhp-riverton-south';
  return groupTemplate('reform', 'iho-neighbourhood-providers', name, description, {
    footprints: northshireWithRiverton(),
    bodies: [
      northshireIcb({
        functions: ['community-services-commissioning', 'acute-services-commissioning'],
      }),
      body(iho, 'nhs-trust', 'Riverton Health NHS Foundation Trust', {
        footprint: RIVERTON,
        sector: 'community',
        foundationTrust: true,
        designation: 'integrated-health-organisation',
        notes:
          'The trust is designated an integrated health organisation: it holds the health budget for Riverton’s population under one contract with the ICB. It subcontracts two multi-neighbourhood providers for the neighbourhoods, and keeps what it saves to reinvest. The ICB stays the strategic commissioner.',
      }),
      body(north, 'neighbourhood-provider', 'Riverton North Neighbourhood Health', {
        footprint: RIVERTON,
        neighbourhoodScale: 'multi-neighbourhood',
      }),
      body(south, 'neighbourhood-provider', 'Riverton South Neighbourhood Health', {
        footprint: RIVERTON,
        neighbourhoodScale: 'multi-neighbourhood',
      }),
    ],
    relationships: [
      relationship('rel-icb-commissions-iho', 'commissions', NORTHSHIRE_ICB, iho, {
        contractType: 'iho',
        agreement: 'Integrated health organisation contract, Riverton',
      }),
      relationship('rel-iho-subcontracts-north', 'subcontracts', iho, north, {
        agreement: 'Multi-neighbourhood provider subcontract, Riverton North',
      }),
      relationship('rel-iho-subcontracts-south', 'subcontracts', iho, south, {
        agreement: 'Multi-neighbourhood provider subcontract, Riverton South',
      }),
      relationship('rel-north-accountable-to-iho', 'accountable-to', north, iho),
      relationship('rel-south-accountable-to-iho', 'accountable-to', south, iho),
      relationship('rel-icb-oversees-north', 'oversees', NORTHSHIRE_ICB, north),
      relationship('rel-icb-oversees-south', 'oversees', NORTHSHIRE_ICB, south),
    ],
  });
}

function specialisedCommissioning(): Template {
  const name = 'Delegated specialised commissioning';
  const description =
    'NHS England delegates specialised services to two ICBs, which commission them together through a joint committee; NHS England stays the accountable commissioner.';
  const joint = 'cttee-specialised-joint';
  const SPECIALISED = 'specialised-services';
  const delegation = {
    function: SPECIALISED,
    legalBasis: 's65z5-delegation' as const,
    agreement: 'Delegation Agreement 2025/26',
    reservedFunctions: [
      'Highly specialised services',
      'Service specifications and clinical commissioning policies',
    ],
    onwardDelegation: true,
    accountableCommissioner: 'NHS England',
    validFrom: '2025-04-01',
  };
  return groupTemplate('reform', 'delegated-specialised-commissioning', name, description, {
    footprints: [
      footprint(REGION, 'North', 'region'),
      northshireFootprint(REGION),
      footprint(WESTMOOR, 'Westmoor', 'system', REGION),
    ],
    bodies: [
      body(NHSE, 'nhs-england', 'NHS England', { functions: [SPECIALISED] }),
      northshireIcb({
        governance: icbGovernance('NHS Northshire ICB'),
      }),
      body(ICB_W, 'icb', 'NHS Westmoor Integrated Care Board', {
        footprint: WESTMOOR,
        governance: icbGovernance('NHS Westmoor ICB'),
      }),
      body(joint, 'committee', 'North Specialised Commissioning Joint Committee', {
        footprint: REGION,
        committeeType: 'joint-committee',
        governance: decidingGovernance(undefined, 'ICB non-executive member, in rotation'),
        notes:
          'NHS England delegates the specialised services to each ICB under s65Z5, keeping highly specialised services and the national policies, and stays the accountable commissioner. The two ICBs then exercise the delegated functions jointly through this joint committee, as the delegation agreement permits. Each ICB is a party and votes.',
      }),
    ],
    relationships: [
      relationship('rel-nhse-delegates-northshire', 'delegates', NHSE, NORTHSHIRE_ICB, delegation),
      relationship('rel-nhse-delegates-westmoor', 'delegates', NHSE, ICB_W, delegation),
      relationship('rel-northshire-accountable-to-nhse', 'accountable-to', NORTHSHIRE_ICB, NHSE),
      relationship('rel-westmoor-accountable-to-nhse', 'accountable-to', ICB_W, NHSE),
      relationship('rel-northshire-party-to-joint', 'member-of', NORTHSHIRE_ICB, joint, {
        party: true,
        voting: true,
      }),
      relationship('rel-westmoor-party-to-joint', 'member-of', ICB_W, joint, {
        party: true,
        voting: true,
      }),
      relationship('rel-northshire-delegates-joint', 'delegates', NORTHSHIRE_ICB, joint, {
        function: SPECIALISED,
        legalBasis: 's65z5-joint-exercise',
        validFrom: '2025-04-01',
      }),
      relationship('rel-westmoor-delegates-joint', 'delegates', ICB_W, joint, {
        function: SPECIALISED,
        legalBasis: 's65z5-joint-exercise',
        validFrom: '2025-04-01',
      }),
      relationship('rel-joint-accountable-to-northshire', 'accountable-to', joint, NORTHSHIRE_ICB),
      relationship('rel-joint-accountable-to-westmoor', 'accountable-to', joint, ICB_W),
    ],
  });
}

function betterCareFund(): Template {
  const name = 'Better Care Fund section 75 pool';
  const description =
    'The ICB and the council pool money for the Better Care Fund under section 75; the council hosts the pool and the health and wellbeing board approves the plan.';
  const council = 'council-riverton';
  const hwb = 'hwb-riverton';
  const pool = 'fund-riverton-bcf';
  return groupTemplate('reform', 'bcf-section-75-pool', name, description, {
    footprints: northshireWithRiverton(),
    bodies: [
      northshireIcb({ functions: ['community-services-commissioning'] }),
      body(council, 'local-authority', 'Riverton Council', {
        footprint: RIVERTON,
        tier: 'unitary',
        functions: ['adult-social-care'],
      }),
      body(hwb, 'health-wellbeing-board', 'Riverton Health and Wellbeing Board', {
        footprint: RIVERTON,
      }),
      body(pool, 'pooled-fund', 'Riverton Better Care Fund', {
        footprint: RIVERTON,
        fundType: 's75',
        betterCareFund: true,
        amountGBP: 42_000_000,
        poolManager: 'Director of Adult Social Services, Riverton Council',
        riskShare:
          'Each partner bears overspends on the schemes it leads; underspends are shared in proportion to contributions.',
        notes:
          'The ICB and the council pool their Better Care Fund money in a section 75 agreement, and the council hosts the pool as one of the partners paying in. The health and wellbeing board, on which the ICB sits, approves the Better Care Fund plan.',
      }),
    ],
    relationships: [
      relationship('rel-icb-pays-into-bcf', 'funds', NORTHSHIRE_ICB, pool, {
        legalBasis: 's75-pooled-fund',
        amountGBP: 30_000_000,
      }),
      relationship('rel-council-pays-into-bcf', 'funds', council, pool, {
        legalBasis: 's75-pooled-fund',
        amountGBP: 12_000_000,
      }),
      relationship('rel-council-hosts-bcf', 'hosts', council, pool),
      relationship('rel-bcf-accountable-to-council', 'accountable-to', pool, council),
      relationship('rel-hwb-approves-bcf', 'approves', hwb, pool),
      relationship('rel-icb-member-of-hwb', 'member-of', NORTHSHIRE_ICB, hwb),
    ],
  });
}

/** The templates for the structures of 2025–26. */
export const REFORM_TEMPLATES: readonly Template[] = [
  cluster(),
  integratedHealthOrganisation(),
  specialisedCommissioning(),
  betterCareFund(),
];
