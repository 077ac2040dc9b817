import { BODY_KIND_INFO } from '../model/bodyKinds.ts';
import { legalBasisName } from '../model/legalBasis.ts';
import { listInWords } from '../rules/words.ts';
import { formatDate } from '../spec/review/formatDate.ts';
import { formatMoneyExact } from '../spec/review/formatMoney.ts';
import type { SpecBody, SpecRelationship } from '../spec/specSchema.ts';
import type { DocumentSource } from './documentSource.ts';
import type { Block } from './documentTypes.ts';
import { bullets, clause, type Part, said, table } from './runs.ts';

/** Every pound of an amount, or `undefined` (to be agreed) when the map has none. */
export function pounds(amount: number | undefined): string | undefined {
  return amount === undefined ? undefined : formatMoneyExact(amount);
}

/** A date as people write it, or `undefined` (to be agreed). */
export function day(iso: string | undefined): string | undefined {
  return iso === undefined ? undefined : formatDate(iso);
}

/** Names joined in words ("A, B and C"), or `undefined` (to be agreed) when there are none. */
export function namesInWords(names: readonly string[]): string | undefined {
  return names.length === 0 ? undefined : listInWords(names);
}

/**
 * The functions delegated by `delegates` edges, one row each: function, the other end, legal
 * basis, financial limit and dates. `other` is the column of the far end's name.
 */
export function delegationTable(
  edges: readonly SpecRelationship[],
  source: DocumentSource,
  other: { heading: string; end: 'from' | 'to' },
): Block {
  return table(
    ['Function', other.heading, 'Legal basis', 'Financial limit', 'From', 'To'],
    edges.map((edge) => [
      said(edge.function),
      source.name(edge[other.end]),
      legalBasisName(edge.legalBasis),
      pounds(edge.amountGBP),
      day(edge.validFrom),
      edge.validTo === undefined ? 'Until ended' : day(edge.validTo),
    ]),
  );
}

/** The members of a body (its `member-of` edges) with their kind and whether they vote. */
export function membershipTable(
  members: readonly SpecRelationship[],
  source: DocumentSource,
): Block {
  return table(
    ['Member', 'Kind of body', 'Voting'],
    members.map((edge) => {
      const member = source.body(edge.from);
      return [
        source.name(edge.from),
        member ? BODY_KIND_INFO[member.kind].label : undefined,
        edge.voting === undefined ? undefined : edge.voting ? 'Yes' : 'No',
      ];
    }),
  );
}

/** A list of names or texts as bullets, or one clause saying what is to be agreed. */
export function listOrToBeAgreed(items: readonly string[] | undefined, lead: Part): Block[] {
  const kept = (items ?? []).map((item) => item.trim()).filter((item) => item !== '');
  if (kept.length === 0) return [clause(lead, ' ', undefined)];
  return [clause(lead), bullets(kept.map((item) => [item]))];
}

/** The bodies a body answers to (its `accountable-to` edges), by name. */
export function accountableTo(body: SpecBody, source: DocumentSource): SpecRelationship[] {
  return source.from(body.id, 'accountable-to');
}

/** The period something applies for, in words, with either end to be agreed. */
export function periodClause(
  lead: string,
  from: string | undefined,
  to: string | undefined,
): Block {
  return clause(
    lead,
    ' from ',
    day(from),
    to === undefined ? ' until ended by the parties' : ' to ',
    ...(to === undefined ? [] : [day(to)]),
    '.',
  );
}
