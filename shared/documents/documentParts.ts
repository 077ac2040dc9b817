import { BODY_KIND_INFO } from '../model/bodyKinds.ts';
import { functionLabel } from '../model/functionCatalogue.ts';
import { LEGAL_BASES, type LegalBasis, legalBasisName } from '../model/legalBasis.ts';
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

/** A function as documents print it: the catalogue's name, or the map's own words. */
export function functionName(name: string | undefined): string | undefined {
  const text = said(name);
  return text === undefined ? undefined : functionLabel(text);
}

/** The provision a legal basis rests on, as a statutory-basis clause cites it. */
export function legalBasisCitation(basis: LegalBasis | undefined): string | undefined {
  return basis === undefined ? undefined : (LEGAL_BASES[basis]?.citation ?? basis);
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
      functionName(edge.function),
      source.name(edge[other.end]),
      legalBasisName(edge.legalBasis),
      pounds(edge.amountGBP),
      day(edge.validFrom),
      edge.validTo === undefined ? 'Until ended' : day(edge.validTo),
    ]),
  );
}

const yesNo = (value: boolean | undefined) =>
  value === undefined ? undefined : value ? 'Yes' : 'No';

/**
 * The members of a body (its `member-of` edges) with their kind, whether they vote, and
 * with `parties`, whether each is a party to the arrangement.
 */
export function membershipTable(
  members: readonly SpecRelationship[],
  source: DocumentSource,
  options: { parties?: boolean } = {},
): Block {
  return table(
    ['Member', 'Kind of body', ...(options.parties ? ['Party'] : []), 'Voting'],
    members.map((edge) => {
      const member = source.body(edge.from);
      return [
        source.name(edge.from),
        member ? BODY_KIND_INFO[member.kind].label : undefined,
        ...(options.parties ? [yesNo(edge.party)] : []),
        yesNo(edge.voting),
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

/** The functions a body holds, as documents print them, as bullets or to be agreed. */
export function functionsOrToBeAgreed(
  functions: readonly string[] | undefined,
  lead: Part,
): Block[] {
  return listOrToBeAgreed(
    (functions ?? []).map((name) => functionName(name) ?? ''),
    lead,
  );
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
