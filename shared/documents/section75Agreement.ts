import type { SpecBody } from '../spec/specSchema.ts';
import type { BuiltSections } from './builtSections.ts';
import {
  accountableTo,
  day,
  listOrToBeAgreed,
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
  const boards = source.spec.bodies.filter(
    (other) =>
      other.kind === 'health-wellbeing-board' &&
      other.footprint !== undefined &&
      other.footprint === body.footprint,
  );
  const sections: Section[] = [
    {
      heading: 'Parties and legal basis',
      blocks: [
        clause(
          `This schedule sets out the pooled fund ${body.name} between `,
          namesInWords(funding.map((edge) => source.name(edge.from))),
          '.',
        ),
        clause(
          'Legal basis: ',
          body.fundType === 's75'
            ? 'National Health Service Act 2006, section 75, and the NHS Bodies and Local Authorities Partnership Arrangements Regulations 2000'
            : undefined,
          '.',
        ),
        clause(
          'Better Care Fund: whether this pool is the Better Care Fund of its area is ',
          undefined,
          '.',
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
        clause('The pool manager is ', undefined, '.'),
      ],
    },
    { heading: 'Contributions', blocks: contributionBlocks(body, source) },
    {
      heading: 'Functions and services in scope',
      blocks: listOrToBeAgreed(body.functions, 'The pool pays for these functions and services:'),
    },
    {
      heading: 'Risk share and overspends',
      blocks: [
        clause(
          'Overspends and underspends are shared between the partners as follows: ',
          undefined,
          '.',
        ),
      ],
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
          namesInWords(boards.map((board) => board.name)),
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
    elements: [body.id, ...[...funding, ...hosts, ...reporting].map((edge) => edge.id)],
  };
}
