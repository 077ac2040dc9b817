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
import { termsOfReference } from './termsOfReference.ts';

/** Why a document could not be built: no such agreed body, or a body it is not written for. */
export type DocumentProblem = { code: 'no-such-body' | 'wrong-body'; message: string };

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

/**
 * Writes one governance document for one body of a spec (docs/documents.md). What the map
 * does not say is a "[to be agreed]" placeholder; the map's findings that touch the document
 * are its last section. Pass the spec of the agreed map: a document is for signing.
 */
export function buildDocument(
  spec: GovernanceSpec,
  kind: DocumentKind,
  bodyId: string,
): BuildDocumentResult {
  const body = spec.bodies.find((candidate) => candidate.id === bodyId);
  if (body === undefined) {
    return {
      ok: false,
      problem: { code: 'no-such-body', message: `There is no body "${bodyId}" on the agreed map.` },
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
          `Draft made from the agreed map “${spec.map.title}” on ${formatDate(spec.map.exportedAt)}. Wherever the map does not say, the text reads `,
          toBeAgreed,
          ' for the parties to settle before signing.',
        ),
      ],
      sections: [...built.sections, openFindingsSection(spec, new Set(built.elements))],
      fileName: `${kind}-${fileSlug(body.name)}`,
    },
  };
}
