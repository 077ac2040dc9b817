import { formatDate } from '../spec/review/formatDate.ts';
import type { GovernanceSpec, SpecBody } from '../spec/specSchema.ts';
import type { BuiltSections } from './builtSections.ts';
import { delegationAgreement } from './delegationAgreement.ts';
import { DOCUMENT_KIND_INFO, type DocumentKind, whyNotFor } from './documentKinds.ts';
import { type DocumentSource, documentSource } from './documentSource.ts';
import type { GovernanceDocument } from './documentTypes.ts';
import { memorandumOfUnderstanding } from './memorandumOfUnderstanding.ts';
import { openFindingsSection } from './openFindings.ts';
import { runs, toBeAgreed } from './runs.ts';
import { schemeOfDelegation } from './schemeOfDelegation.ts';
import { section75Agreement } from './section75Agreement.ts';
import { specAsAt } from './specAsAt.ts';
import { termsOfReference } from './termsOfReference.ts';

/**
 * Why a document could not be built: no such agreed body, a body not in force on the date
 * asked for, or a body it is not written for.
 */
export type DocumentProblem = {
  code: 'no-such-body' | 'not-in-force' | 'wrong-body';
  message: string;
};

/** Which state of the map a document describes: as at a date, and from a saved version. */
export interface DocumentOptions {
  /** YYYY-MM-DD: only what is in force that day (`validFrom`/`validTo`). */
  asAt?: string;
  /** The saved version the spec was made from, named in the preamble. */
  version?: { name: string; savedAt: string };
}

/** A built document, or why not. */
export type BuildDocumentResult =
  | { ok: true; document: GovernanceDocument }
  | { ok: false; problem: DocumentProblem };

function sectionsOf(kind: DocumentKind, body: SpecBody, source: DocumentSource): BuiltSections {
  switch (kind) {
    case 'terms-of-reference':
      return termsOfReference(body, source);
    case 'memorandum-of-understanding':
      return memorandumOfUnderstanding(body, source);
    case 'scheme-of-delegation':
      return schemeOfDelegation(body, source);
    case 'delegation-agreement':
      return delegationAgreement(body, source);
    case 'section-75-agreement':
      return section75Agreement(body, source);
    default: {
      const unknown: never = kind;
      throw new Error(`Unknown document kind ${String(unknown)}`);
    }
  }
}

/** "Leeds Committee (ICB)" → "leeds-committee-icb": safe in any file system and header. */
export function fileSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'body';
}

/** “the agreed map “Leeds” as saved in version “After workshop 2” (…), as at 1 April 2027”. */
function sourceInWords(spec: GovernanceSpec, { asAt, version }: DocumentOptions): string {
  const saved = version
    ? ` as saved in version “${version.name}” (${formatDate(version.savedAt)})`
    : '';
  const date = asAt ? `, as the structure stands on ${formatDate(asAt)}` : '';
  return `the agreed map “${spec.map.title}”${saved}${date}`;
}

function notInForce(body: SpecBody, asAt: string): string {
  const from = body.validFrom ? ` from ${formatDate(body.validFrom)}` : '';
  const to = body.validTo ? ` until ${formatDate(body.validTo)}` : '';
  return `${body.name} is not in force on ${formatDate(asAt)}: the map has it${from}${to}.`;
}

/**
 * Writes one governance document for one body of a spec (docs/documents.md). What the map
 * does not say is a "[to be agreed]" placeholder; the map's findings that touch the document
 * are its last section. Pass the spec of the agreed map: a document is for signing. With
 * `options.asAt` it describes the structure in force that day; `options.version` names the
 * saved version the spec was made from.
 */
export function buildDocument(
  agreed: GovernanceSpec,
  kind: DocumentKind,
  bodyId: string,
  options: DocumentOptions = {},
): BuildDocumentResult {
  const spec = options.asAt ? specAsAt(agreed, options.asAt) : agreed;
  const body = spec.bodies.find((candidate) => candidate.id === bodyId);
  if (body === undefined) {
    const drawn = agreed.bodies.find((candidate) => candidate.id === bodyId);
    return {
      ok: false,
      problem:
        drawn && options.asAt
          ? { code: 'not-in-force', message: notInForce(drawn, options.asAt) }
          : { code: 'no-such-body', message: `There is no body "${bodyId}" on the agreed map.` },
    };
  }
  const whyNot = whyNotFor(kind, body, spec);
  if (whyNot !== undefined) return { ok: false, problem: { code: 'wrong-body', message: whyNot } };
  const built = sectionsOf(kind, body, documentSource(spec));
  const { title } = DOCUMENT_KIND_INFO[kind];
  return {
    ok: true,
    document: {
      kind,
      title: `${title}: ${body.name}`,
      preamble: [
        runs(
          `Draft made from ${sourceInWords(spec, options)} on ${formatDate(spec.map.exportedAt)}. Wherever the map does not say, the text reads `,
          toBeAgreed,
          ' for the parties to settle before signing.',
        ),
      ],
      sections: [...built.sections, openFindingsSection(spec, new Set(built.elements))],
      fileName: `${kind}-${fileSlug(body.name)}`,
    },
  };
}
