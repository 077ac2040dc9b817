import { NORTHSHIRE, NORTHSHIRE_ICB, northshireFootprint, northshireIcb } from './northshire.ts';
import {
  body,
  decidingGovernance,
  footprint,
  groupTemplate,
  relationship,
  type Template,
} from './template.ts';

const RIVERTON = 'fp-place-riverton';
const SOUTHMOOR = 'fp-place-southmoor';
const NHSE = 'nhs-england-national';
const ICP = 'icp-northshire';
const COUNCIL_R = 'council-riverton';
const COUNCIL_S = 'council-southmoor';
const PLACE_R = 'place-riverton-partnership';
const PLACE_S = 'place-southmoor-partnership';
const ACUTE_R = 'trust-riverton-hospitals';
const ACUTE_S = 'trust-southmoor-hospitals';
const COMMUNITY = 'trust-northshire-community';
const COLLABORATIVE = 'collab-northshire-acute';
const PCN_R = 'pcn-riverton-central';
const PCN_S = 'pcn-southmoor-coast';

const RIVERTON_BUDGET = 'Riverton place health services commissioning';

const NAME = 'Whole integrated care system';
const DESCRIPTION =
  'A small integrated care system: the ICB and ICP, two places with their councils, trusts in an acute collaborative, and primary care networks.';

/** A small whole integrated care system to start from. */
export const wholeIcsTemplate: Template = groupTemplate('system', 'whole-ics', NAME, DESCRIPTION, {
  footprints: [
    northshireFootprint(),
    footprint(RIVERTON, 'Riverton', 'place', NORTHSHIRE),
    footprint(SOUTHMOOR, 'Southmoor', 'place', NORTHSHIRE),
  ],
  bodies: [
    body(NHSE, 'nhs-england', 'NHS England'),
    northshireIcb({
      functions: [RIVERTON_BUDGET, 'acute services commissioning'],
      governance: {
        chair: 'Chair of NHS Northshire ICB',
        quorum: 'Half of the members, including the chair or vice chair',
        nonExecutiveMembers: 2,
      },
      notes:
        'The ICB plans and pays for NHS services across Northshire and answers to NHS England. With the two upper-tier councils it forms the integrated care partnership, which sets the system’s strategy. It works through a place partnership in each place and a collaborative of its acute trusts.',
    }),
    body(ICP, 'icp', 'Northshire Integrated Care Partnership', {
      footprint: NORTHSHIRE,
      governance: { chair: 'Elected leader of a Northshire council' },
    }),
    body(COUNCIL_R, 'local-authority', 'Riverton Council', {
      footprint: RIVERTON,
      tier: 'unitary',
    }),
    body(COUNCIL_S, 'local-authority', 'Southmoor Council', {
      footprint: SOUTHMOOR,
      tier: 'unitary',
    }),
    body(PLACE_R, 'place-partnership', 'Riverton Health and Care Partnership', {
      footprint: RIVERTON,
      leader: 'ICB place director for Riverton',
      governance: decidingGovernance('icb-committee', 'ICB non-executive member for Riverton'),
    }),
    body(PLACE_S, 'place-partnership', 'Southmoor Health and Care Partnership', {
      footprint: SOUTHMOOR,
      leader: 'Place lead for Southmoor',
      governance: { model: 'consultative-forum', chair: 'Leader of Southmoor Council' },
    }),
    body(ACUTE_R, 'nhs-trust', 'Riverton Hospitals NHS Foundation Trust', {
      footprint: RIVERTON,
      sector: 'acute',
      foundationTrust: true,
    }),
    body(ACUTE_S, 'nhs-trust', 'Southmoor Hospitals NHS Trust', {
      footprint: SOUTHMOOR,
      sector: 'acute',
      foundationTrust: false,
    }),
    body(COMMUNITY, 'nhs-trust', 'Northshire Community Health NHS Trust', {
      footprint: NORTHSHIRE,
      sector: 'community',
      foundationTrust: false,
    }),
    body(COLLABORATIVE, 'provider-collaborative', 'Northshire Acute Provider Collaborative', {
      footprint: NORTHSHIRE,
      scale: 'at-scale',
      governance: { model: 'provider-leadership-board', chair: 'Chief executive, in rotation' },
    }),
    body(PCN_R, 'pcn', 'Riverton Central PCN', { footprint: RIVERTON }),
    body(PCN_S, 'pcn', 'Southmoor Coast PCN', { footprint: SOUTHMOOR }),
  ],
  relationships: [
    relationship('rel-icb-accountable-to-nhse', 'accountable-to', NORTHSHIRE_ICB, NHSE),
    relationship('rel-nhse-oversees-icb', 'oversees', NHSE, NORTHSHIRE_ICB),
    relationship('rel-icb-member-of-icp', 'member-of', NORTHSHIRE_ICB, ICP, { voting: true }),
    relationship('rel-riverton-member-of-icp', 'member-of', COUNCIL_R, ICP, { voting: true }),
    relationship('rel-southmoor-member-of-icp', 'member-of', COUNCIL_S, ICP, { voting: true }),
    relationship('rel-riverton-council-member-of-place', 'member-of', COUNCIL_R, PLACE_R),
    relationship('rel-southmoor-council-member-of-place', 'member-of', COUNCIL_S, PLACE_S),
    relationship(
      'rel-riverton-place-accountable-to-icb',
      'accountable-to',
      PLACE_R,
      NORTHSHIRE_ICB,
    ),
    relationship(
      'rel-southmoor-place-accountable-to-icb',
      'accountable-to',
      PLACE_S,
      NORTHSHIRE_ICB,
    ),
    relationship('rel-icb-delegates-riverton-place', 'delegates', NORTHSHIRE_ICB, PLACE_R, {
      function: RIVERTON_BUDGET,
      legalBasis: 'icb-constitution',
    }),
    relationship('rel-riverton-hospitals-member-of-collab', 'member-of', ACUTE_R, COLLABORATIVE, {
      voting: true,
    }),
    relationship('rel-southmoor-hospitals-member-of-collab', 'member-of', ACUTE_S, COLLABORATIVE, {
      voting: true,
    }),
    relationship('rel-collab-accountable-to-icb', 'accountable-to', COLLABORATIVE, NORTHSHIRE_ICB),
    relationship('rel-icb-commissions-community', 'commissions', NORTHSHIRE_ICB, COMMUNITY, {
      agreement: 'NHS Standard Contract',
    }),
    relationship('rel-riverton-pcn-member-of-place', 'member-of', PCN_R, PLACE_R),
    relationship('rel-southmoor-pcn-member-of-place', 'member-of', PCN_S, PLACE_S),
    relationship('rel-riverton-pcn-accountable-to-icb', 'accountable-to', PCN_R, NORTHSHIRE_ICB),
    relationship('rel-southmoor-pcn-accountable-to-icb', 'accountable-to', PCN_S, NORTHSHIRE_ICB),
  ],
});
