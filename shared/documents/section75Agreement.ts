import type { SpecBody } from '../spec/specSchema.ts';
import type { BuiltSections } from './builtSections.ts';
import {
  accountableTo,
  day,
  functionsOrToBeAgreed,
  legalBasisCitation,
  namesInWords,
  periodClause,
  pounds,
} from './documentParts.ts';
import type { DocumentSource } from './documentSource.ts';
import type { Block, Section } from './documentTypes.ts';
import { clause, labelled, table } from './runs.ts';

function contributionBlocks(body: SpecBody, source: DocumentSource): Block[] {
  const funding = source.into(body.id, 'funds');
  if (funding.length === 0) return [clause('The partners’ contributions: ', undefined, '.')];
  const recorded = funding.map((edge) => edge.amountGBP);
  const total = recorded.every((amount) => amount !== undefined)
    ? recorded.reduce<number>((sum, amount) => sum + (amount ?? 0), 0)
    : undefined;
  const blocks: Block[] = [
    clause('The partners pay into the pool each year:'),
    table(
      ['Partner', 'Contribution'],
      [
        ...funding.map((edge) => [source.name(edge.from), pounds(edge.amountGBP)]),
        ['Total', pounds(total)],
      ],
    ),
  ];
  if (body.amountGBP !== undefined && total !== undefined && total !== body.amountGBP) {
    blocks.push(
      clause(
        `The pool is recorded as ${pounds(body.amountGBP)} a year, but the contributions add up to ${pounds(total)}: the difference is `,
        undefined,
        '.',
      ),
    );
  } else
    blocks.push(clause('The size of the pool is ', pounds(body.amountGBP ?? total), ' a year.'));
  return blocks;
}

/** The schedule of a section 75 agreement (or Better Care Fund agreement) for a pooled fund. */
export function section75Agreement(body: SpecBody, source: DocumentSource): BuiltSections {
  const funding = source.into(body.id, 'funds');
  const hosts = source.into(body.id, 'hosts');
  const reporting = accountableTo(body, source);
  const footprint = source.footprint(body.footprint);
  const approvals = source.into(body.id, 'approves');
  // The pool's own type says section 75; else what the partners pay in under (docs/domain.md).
  const bases = [
    ...new Set(
      body.fundType === 's75'
        ? [legalBasisCitation('s75-pooled-fund')]
        : funding.map((edge) => legalBasisCitation(edge.legalBasis)),
    ),
  ].filter((basis) => basis !== undefined);
  const sections: Section[] = [
    {
      heading: 'Parties and legal basis',
      blocks: [
        clause(
          `This schedule sets out the pooled fund ${body.name} between `,
          namesInWords(funding.map((edge) => source.name(edge.from))),
          '.',
        ),
        clause('Legal basis: ', bases.length > 0 ? bases.join('; ') : undefined, '.'),
        body.betterCareFund === undefined
          ? clause(
              'Better Care Fund: whether this pool is the Better Care Fund of its area is ',
              undefined,
              '.',
            )
          : clause(
              body.betterCareFund
                ? 'This pool is the Better Care Fund of its area: its plan is approved by the health and wellbeing board, and it follows the Better Care Fund policy framework.'
                : 'This pool is not a Better Care Fund pool.',
            ),
        ...(footprint ? [clause(`Area: ${footprint.name}.`)] : []),
      ],
    },
    {
      heading: 'Host and pool manager',
      blocks: [
        clause(
          'The pool is hosted by ',
          namesInWords(hosts.map((edge) => source.name(edge.from))),
          ', which holds the money and accounts for it.',
        ),
        labelled('Pool manager', body.poolManager),
      ],
    },
    { heading: 'Contributions', blocks: contributionBlocks(body, source) },
    {
      heading: 'Functions and services in scope',
      blocks: functionsOrToBeAgreed(
        body.functions,
        'The pool pays for these functions and services:',
      ),
    },
    {
      heading: 'Risk share and overspends',
      blocks: [labelled('How overspends and underspends are shared', body.riskShare)],
    },
    {
      heading: 'Governance',
      blocks: [
        clause(
          'The pool is governed by, and reports to, ',
          namesInWords(reporting.map((edge) => source.name(edge.to))),
          '.',
        ),
        clause(
          'The plan for the pool is approved by ',
          namesInWords(approvals.map((edge) => source.name(edge.from))),
          '.',
        ),
        labelled('Chair of the pool’s governing meeting', body.governance?.chair),
      ],
    },
    {
      heading: 'Duration',
      blocks: [periodClause('The pool runs', body.validFrom, body.validTo)],
    },
    {
      heading: 'Review and exit',
      blocks: [
        clause('The partners review the pool by ', day(body.governance?.reviewDate), '.'),
        clause(
          'A partner may leave the pool by giving ',
          undefined,
          ' notice in writing; the balance is then shared by ',
          undefined,
          '.',
        ),
      ],
    },
  ];
  return {
    sections,
    elements: [
      body.id,
      ...[...funding, ...hosts, ...reporting, ...approvals].map((edge) => edge.id),
    ],
  };
}
