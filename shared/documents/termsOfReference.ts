import type { SpecBody, SpecRelationship } from '../spec/specSchema.ts';
import { lowerFirst, withArticle } from '../spec/words.ts';
import type { BuiltSections } from './builtSections.ts';
import {
  accountableTo,
  day,
  delegationTable,
  legalBasisCitation,
  listOrToBeAgreed,
  membershipTable,
  namesInWords,
} from './documentParts.ts';
import type { DocumentSource } from './documentSource.ts';
import { bodyKindWords } from './documentSource.ts';
import type { Block, Section } from './documentTypes.ts';
import { conflictsClause } from './governanceClauses.ts';
import { clause, labelled, said } from './runs.ts';

type CommitteeForm =
  | 'board-committee'
  | 'joint-committee'
  | 'committee-in-common'
  | 'advisory'
  | 'integrated-care-partnership';

// A partnership run as a committee has the form of its model; a committee, of its type.
function formOf(body: SpecBody): CommitteeForm | undefined {
  if (body.kind === 'icp') return 'integrated-care-partnership';
  const type = body.kind === 'committee' ? body.committeeType : body.governance?.model;
  switch (type) {
    case 'board-committee':
    case 'icb-committee':
      return 'board-committee';
    case 'joint-committee':
      return 'joint-committee';
    case 'committee-in-common':
    case 'committees-in-common':
      return 'committee-in-common';
    case 'advisory-group':
    case 'consultative-forum':
      return 'advisory';
    default:
      return undefined;
  }
}

/**
 * The parties of a joint arrangement: the members the map marks as parties, or, where it
 * marks none, its statutory members (only they can be parties in law; docs/domain.md).
 */
function partiesOf(body: SpecBody, source: DocumentSource): SpecRelationship[] {
  const members = source.into(body.id, 'member-of');
  const marked = members.filter((edge) => edge.party === true);
  return marked.length > 0 ? marked : members.filter((edge) => source.body(edge.from)?.statutory);
}

function basisClauses(body: SpecBody, source: DocumentSource): Block[] {
  const parents = accountableTo(body, source).map((edge) => source.name(edge.to));
  const parties = partiesOf(body, source).map((edge) => source.name(edge.from));
  const bases = [
    ...new Set(
      source
        .into(body.id, 'delegates')
        .map((edge) => legalBasisCitation(edge.legalBasis))
        .filter((basis) => basis !== undefined),
    ),
  ];
  const form = formOf(body);
  // Joint forms are of their parties; a board committee or forum answers to its parent.
  const joint = form !== undefined && form !== 'board-committee' && form !== 'advisory';
  const opening: Block = clause(
    `${body.name} is ${withArticle(lowerFirst(bodyKindWords(body)))}`,
    joint ? ' of ' : ' accountable to ',
    namesInWords(joint ? parties : parents),
    '.',
  );
  // An ICP's basis is in statute whatever is delegated to it (docs/documents.md).
  if (form === 'integrated-care-partnership') {
    bases.unshift('Local Government and Public Involvement in Health Act 2007, section 116ZA');
  }
  const byForm: Record<CommitteeForm, string> = {
    'board-committee':
      'It is a committee of the board, established under the constitution and scheme of reservation and delegation of the body it is accountable to, and acts only for that body.',
    'joint-committee':
      'It is a joint committee of its parties: each party delegates functions to it under the power named for each delegation, and it decides for all of them together.',
    'committee-in-common':
      'Each party has its own committee; the committees meet together and each decides for its own organisation only. No function is delegated jointly.',
    advisory:
      'It advises and makes recommendations; it takes no decisions and no function can be delegated to it.',
    'integrated-care-partnership':
      'It is the integrated care partnership of its area: a joint committee of the integrated care board and the upper-tier local authorities of the area, which must be members. It prepares the integrated care strategy.',
  };
  return [
    opening,
    form === undefined ? clause('Form of the committee: ', undefined, '.') : clause(byForm[form]),
    clause('Statutory basis: ', bases.length > 0 ? bases.join('; ') : undefined, '.'),
  ];
}

function whoDecides(form: CommitteeForm | undefined): string {
  switch (form) {
    case 'joint-committee':
      return 'Decisions are taken by the voting members present; each party is bound by the decisions taken within the functions it has delegated.';
    case 'committee-in-common':
      return 'Each committee decides for its own organisation; where the committees agree, their decisions are recorded together.';
    case 'advisory':
      return 'The group takes no decisions: its recommendations go to the bodies it advises.';
    case 'integrated-care-partnership':
      return 'The partnership agrees the integrated care strategy; on anything else each member decides for its own organisation.';
    case 'board-committee':
    case undefined:
      return 'Decisions are taken by the members present, within the functions delegated to the committee.';
    default: {
      const unknown: never = form;
      throw new Error(`Unknown committee form ${String(unknown)}`);
    }
  }
}

function decisionClauses(body: SpecBody): Block[] {
  return [
    clause(whoDecides(formOf(body))),
    clause('Where members cannot reach consensus, decisions are taken by ', undefined, '.'),
    clause('Urgent decisions between meetings are taken by ', undefined, '.'),
  ];
}

/** The terms of reference of a committee, joint committee, committee in common or ICP. */
export function termsOfReference(body: SpecBody, source: DocumentSource): BuiltSections {
  const governance = body.governance ?? {};
  const delegations = source.into(body.id, 'delegates');
  const members = source.into(body.id, 'member-of');
  const reporting = accountableTo(body, source);
  const sections: Section[] = [
    { heading: 'Constitution and statutory basis', blocks: basisClauses(body, source) },
    {
      heading: 'Delegated functions and limits',
      blocks:
        delegations.length === 0
          ? [clause('The functions delegated to the committee and their limits: ', undefined, '.')]
          : [
              clause(
                `The following functions are delegated to ${body.name}, within the financial limits shown. It may not exercise them beyond those limits.`,
              ),
              delegationTable(delegations, source, { heading: 'Delegated by', end: 'from' }),
            ],
    },
    {
      heading: 'Reserved matters',
      blocks: listOrToBeAgreed(
        governance.reservedMatters,
        'These matters are reserved to the parent bodies and may not be decided by the committee:',
      ),
    },
    {
      heading: 'Membership and voting',
      blocks: [
        ...(members.length === 0
          ? [clause('The members of the committee: ', undefined, '.')]
          : [
              clause('The members of the committee, and whether each votes, are:'),
              membershipTable(members, source, { parties: true }),
            ]),
        labelled(
          'Non-executive members',
          governance.nonExecutiveMembers === undefined
            ? undefined
            : String(governance.nonExecutiveMembers),
        ),
      ],
    },
    {
      heading: 'Chair',
      blocks: [
        labelled('Chair', governance.chair),
        clause('In the chair’s absence, the meeting is chaired by ', undefined, '.'),
      ],
    },
    {
      heading: 'Quorum',
      blocks: [labelled('Quorum', governance.quorum)],
    },
    { heading: 'Decision making', blocks: decisionClauses(body) },
    {
      heading: 'Conflicts of interest',
      blocks: [conflictsClause(said(governance.conflictsOfInterest))],
    },
    {
      heading: 'Reporting',
      blocks: [
        clause(
          'The committee reports to ',
          namesInWords(reporting.map((edge) => source.name(edge.to))),
          ' after each meeting.',
        ),
        clause('It meets ', undefined, '.'),
      ],
    },
    {
      heading: 'Review',
      blocks: [
        clause('These terms of reference are next reviewed by ', day(governance.reviewDate), '.'),
        ...(said(governance.termsOfReference)
          ? [labelled('Current approved version', governance.termsOfReference)]
          : []),
      ],
    },
  ];
  return {
    sections,
    elements: [body.id, ...[...delegations, ...members, ...reporting].map((edge) => edge.id)],
  };
}
