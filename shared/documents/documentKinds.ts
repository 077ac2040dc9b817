import type { GovernanceSpec, SpecBody } from '../spec/specSchema.ts';
import { lowerFirst, withArticle } from '../spec/words.ts';
import { bodyKindWords } from './documentSource.ts';

/** The governance documents Accord writes from a map (docs/documents.md). */
export const DOCUMENT_KINDS = [
  'terms-of-reference',
  'memorandum-of-understanding',
  'scheme-of-delegation',
  'delegation-agreement',
  'section-75-agreement',
] as const;

/** A kind of governance document. */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What people call each document and which bodies it is written for. */
export const DOCUMENT_KIND_INFO: Record<DocumentKind, { title: string; appliesTo: string }> = {
  'terms-of-reference': {
    title: 'Terms of reference',
    appliesTo:
      'a committee, joint committee or committee in common, a partnership run as one, or an integrated care partnership',
  },
  'memorandum-of-understanding': {
    title: 'Memorandum of understanding',
    appliesTo: 'a place partnership, provider collaborative or ICB cluster',
  },
  'scheme-of-delegation': {
    title: 'Scheme of reservation and delegation',
    appliesTo: 'an integrated care board',
  },
  'delegation-agreement': {
    title: 'Delegation agreement schedule',
    appliesTo: 'a body that receives delegated functions on the agreed map',
  },
  'section-75-agreement': {
    title: 'Section 75 agreement schedule',
    appliesTo: 'a section 75 pooled fund (such as a Better Care Fund)',
  },
};

/** True when the string names a document kind. */
export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}

// Partnership models that are committees in law, so they have terms of reference.
const COMMITTEE_MODELS = new Set(['icb-committee', 'joint-committee', 'committees-in-common']);

function applies(kind: DocumentKind, body: SpecBody, spec: GovernanceSpec): boolean {
  switch (kind) {
    case 'terms-of-reference':
      return (
        body.kind === 'committee' ||
        body.kind === 'icp' ||
        ((body.kind === 'place-partnership' || body.kind === 'provider-collaborative') &&
          COMMITTEE_MODELS.has(body.governance?.model ?? ''))
      );
    case 'memorandum-of-understanding':
      return (
        body.kind === 'place-partnership' ||
        body.kind === 'provider-collaborative' ||
        body.kind === 'icb-cluster'
      );
    case 'scheme-of-delegation':
      return body.kind === 'icb';
    case 'delegation-agreement':
      return spec.relationships.some((edge) => edge.kind === 'delegates' && edge.to === body.id);
    case 'section-75-agreement':
      return (
        body.kind === 'pooled-fund' && (body.fundType === undefined || body.fundType === 's75')
      );
    default: {
      const unknown: never = kind;
      throw new Error(`Unknown document kind ${String(unknown)}`);
    }
  }
}

/**
 * Why a document cannot be written for a body, in words for people; `undefined` when it can.
 */
export function whyNotFor(
  kind: DocumentKind,
  body: SpecBody,
  spec: GovernanceSpec,
): string | undefined {
  if (applies(kind, body, spec)) return undefined;
  const { title, appliesTo } = DOCUMENT_KIND_INFO[kind];
  const what =
    kind === 'delegation-agreement'
      ? 'receives no delegated functions on the agreed map'
      : `is ${withArticle(lowerFirst(bodyKindWords(body)))}`;
  return `${title} can only be made for ${appliesTo}; ${body.name} ${what}.`;
}

/** The documents that can be written for a body, in the order of DOCUMENT_KINDS. */
export function documentKindsFor(body: SpecBody, spec: GovernanceSpec): DocumentKind[] {
  return DOCUMENT_KINDS.filter((kind) => applies(kind, body, spec));
}
