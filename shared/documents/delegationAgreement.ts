import { legalBasisName } from '../model/legalBasis.ts';
import type { SpecBody, SpecRelationship } from '../spec/specSchema.ts';
import type { BuiltSections } from './builtSections.ts';
import {
  accountableTo,
  day,
  delegationTable,
  functionName,
  listOrToBeAgreed,
  namesInWords,
  periodClause,
  pounds,
} from './documentParts.ts';
import type { DocumentSource } from './documentSource.ts';
import type { Block, Section } from './documentTypes.ts';
import { conflictsClause } from './governanceClauses.ts';
import { clause, labelled, said, subheading } from './runs.ts';

function delegationBlocks(edge: SpecRelationship, source: DocumentSource): Block[] {
  const fn = functionName(edge.function);
  const delegator = source.name(edge.from);
  return [
    subheading(`${fn ?? 'A function'} — from ${source.name(edge.from)}`),
    labelled('Function delegated', fn),
    labelled('Legal basis', legalBasisName(edge.legalBasis)),
    labelled('Agreement', edge.agreement),
    clause('Financial limit: ', pounds(edge.amountGBP), ' a year.'),
    periodClause('The delegation applies', edge.validFrom, edge.validTo),
    ...listOrToBeAgreed(
      (edge.reservedFunctions ?? []).map((name) => functionName(name) ?? ''),
      `Functions and decisions reserved to ${delegator}:`,
    ),
    edge.onwardDelegation === undefined
      ? clause('Onward delegation: ', undefined, '.')
      : clause(
          edge.onwardDelegation
            ? `Onward delegation: ${source.name(edge.to)} may delegate the function on, within this schedule.`
            : `Onward delegation: not permitted; ${source.name(edge.to)} exercises the function itself.`,
        ),
    // The delegator stays liable in law (s65Z5: arrangements do not affect its liability;
    // docs/domain.md, "Who may receive a delegation"); the map may name another commissioner.
    said(edge.accountableCommissioner) === undefined
      ? clause(`Accountable commissioner: ${delegator} stays accountable for the function.`)
      : labelled('Accountable commissioner', edge.accountableCommissioner),
    ...(said(edge.notes) ? [labelled('Notes', edge.notes)] : []),
  ];
}

/** The schedule of a delegation agreement: every function delegated to one body. */
export function delegationAgreement(body: SpecBody, source: DocumentSource): BuiltSections {
  const delegations = source.into(body.id, 'delegates');
  const delegators = [...new Set(delegations.map((edge) => edge.from))].map((id) =>
    source.name(id),
  );
  const reporting = accountableTo(body, source);
  const governance = body.governance ?? {};
  const sections: Section[] = [
    {
      heading: 'Parties',
      blocks: [
        clause(
          'This schedule is made between ',
          namesInWords(delegators),
          ` (delegating) and ${body.name} (the delegate).`,
        ),
        clause(
          'The delegating bodies stay accountable for the functions delegated; the delegate exercises them on their behalf and within this schedule.',
        ),
      ],
    },
    {
      heading: 'Schedule of delegated functions',
      blocks: [delegationTable(delegations, source, { heading: 'Delegated by', end: 'from' })],
    },
    {
      heading: 'Terms of each delegation',
      blocks: delegations.flatMap((edge) => delegationBlocks(edge, source)),
    },
    {
      heading: 'Governance of the delegate',
      blocks: [
        labelled('Terms of reference of the delegate', governance.termsOfReference),
        labelled('Chair', governance.chair),
        labelled('Quorum', governance.quorum),
        conflictsClause(said(governance.conflictsOfInterest)),
      ],
    },
    {
      heading: 'Reporting and assurance',
      blocks: [
        clause(
          `${body.name} reports on the delegated functions to `,
          namesInWords(reporting.map((edge) => source.name(edge.to))),
          '.',
        ),
        clause('Information and assurance the delegating bodies require: ', undefined, '.'),
      ],
    },
    {
      heading: 'Review and termination',
      blocks: [
        clause('This schedule is reviewed by ', day(governance.reviewDate), '.'),
        clause('A party may end a delegation by giving ', undefined, ' notice in writing.'),
      ],
    },
  ];
  return {
    sections,
    elements: [body.id, ...[...delegations, ...reporting].map((edge) => edge.id)],
  };
}
