import type { SpecBody, SpecRelationship } from '../spec/specSchema.ts';
import type { BuiltSections } from './builtSections.ts';
import {
  accountableTo,
  day,
  delegationTable,
  functionsOrToBeAgreed,
  listOrToBeAgreed,
  namesInWords,
  pounds,
} from './documentParts.ts';
import { bodyKindWords, type DocumentSource } from './documentSource.ts';
import type { Block, Section } from './documentTypes.ts';
import { clause, table } from './runs.ts';

/** Where a delegation from an ICB goes, which decides the part of the scheme it is in. */
type Recipient = 'committee' | 'individual' | 'other-body';

function recipientOf(edge: SpecRelationship, source: DocumentSource): Recipient {
  const to = source.body(edge.to);
  if (to === undefined) return 'other-body';
  if (to.kind === 'committee' && to.committeeType === 'board-committee') return 'committee';
  if (to.kind === 'place-partnership' && to.governance?.model === 'icb-committee')
    return 'committee';
  if (to.kind === 'place-partnership' && to.governance?.model === 'individual-executive') {
    return 'individual';
  }
  return 'other-body';
}

function delegatedBlocks(
  edges: readonly SpecRelationship[],
  source: DocumentSource,
  lead: string,
  none: string,
): Block[] {
  if (edges.length === 0) return [clause(none)];
  return [clause(lead), delegationTable(edges, source, { heading: 'Delegated to', end: 'to' })];
}

function poolBlocks(pools: readonly SpecRelationship[], source: DocumentSource): Block[] {
  if (pools.length === 0) return [];
  return [
    clause(
      'The board pays into these pooled funds, whose use is governed by their own agreements:',
    ),
    table(
      ['Pooled fund', 'Kind', 'Contribution'],
      pools.map((edge) => {
        const fund = source.body(edge.to);
        return [
          source.name(edge.to),
          fund ? bodyKindWords(fund) : undefined,
          pounds(edge.amountGBP),
        ];
      }),
    ),
  ];
}

/** The scheme of reservation and delegation (functions and decisions map) of an ICB. */
export function schemeOfDelegation(body: SpecBody, source: DocumentSource): BuiltSections {
  const outgoing = source.from(body.id, 'delegates');
  const byRecipient = (recipient: Recipient) =>
    outgoing.filter((edge) => recipientOf(edge, source) === recipient);
  const received = source.into(body.id, 'delegates');
  const pools = source
    .from(body.id, 'funds')
    .filter((edge) => source.body(edge.to)?.kind === 'pooled-fund');
  const reporting = accountableTo(body, source);
  const sections: Section[] = [
    {
      heading: 'Introduction',
      blocks: [
        clause(
          `This scheme sets out the decisions ${body.name} reserves to its board and those it delegates, with their limits. It is made under the board’s constitution (National Health Service Act 2006, Schedule 1B).`,
        ),
        clause(
          'The board is accountable to ',
          namesInWords(reporting.map((edge) => source.name(edge.to))),
          ' for the functions in this scheme.',
        ),
        ...functionsOrToBeAgreed(body.functions, 'The board holds these functions:'),
      ],
    },
    {
      heading: 'Reserved to the board',
      blocks: listOrToBeAgreed(
        body.governance?.reservedMatters,
        'These decisions are reserved to the board and may not be delegated:',
      ),
    },
    {
      heading: 'Delegated to committees of the board',
      blocks: delegatedBlocks(
        byRecipient('committee'),
        source,
        'The board delegates these functions to its committees, within the limits shown:',
        'The agreed map delegates no functions to committees of the board.',
      ),
    },
    {
      heading: 'Delegated to individuals',
      blocks: [
        ...delegatedBlocks(
          byRecipient('individual'),
          source,
          'The board delegates these functions to individual executives, within the limits shown:',
          'The agreed map records no delegation to an individual executive.',
        ),
        clause(
          'Financial limits delegated to the chief executive, chief finance officer and other officers: ',
          undefined,
          '.',
        ),
      ],
    },
    {
      heading: 'Delegated to other bodies and joint arrangements',
      blocks: [
        ...delegatedBlocks(
          byRecipient('other-body'),
          source,
          'The board delegates these functions to other bodies or exercises them jointly (National Health Service Act 2006, sections 65Z5 and 65Z6), within the limits shown. The board stays accountable for them:',
          'The agreed map delegates no functions to other bodies or joint committees.',
        ),
        ...poolBlocks(pools, source),
      ],
    },
    {
      heading: 'Received from NHS England or the Department of Health and Social Care',
      blocks:
        received.length === 0
          ? [clause('The agreed map records no functions delegated to the board.')]
          : [
              clause(
                'These functions are delegated to the board, which exercises them under the delegation agreement with the body named:',
              ),
              delegationTable(received, source, { heading: 'Delegated by', end: 'from' }),
            ],
    },
    {
      heading: 'Review',
      blocks: [clause('The board reviews this scheme by ', day(body.governance?.reviewDate), '.')],
    },
  ];
  return {
    sections,
    elements: [
      body.id,
      ...[...outgoing, ...received, ...pools, ...reporting].map((edge) => edge.id),
    ],
  };
}
