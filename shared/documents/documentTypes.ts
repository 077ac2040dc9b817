import type { DocumentKind } from './documentKinds.ts';

/**
 * A run of text in a document: words, or the visible "[to be agreed]" mark standing for
 * something the map does not say.
 */
export type Run = { kind: 'text'; text: string; bold?: boolean } | { kind: 'placeholder' };

/** What a section holds, in order. Clauses are numbered within their section (1.1, 1.2…). */
export type Block =
  | { kind: 'clause'; runs: Run[] }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'subheading'; text: string }
  | { kind: 'bullets'; items: Run[][] }
  | { kind: 'table'; header: string[]; rows: Run[][][] };

/** A numbered section of a document (1, 2…), under a first-level heading. */
export interface Section {
  heading: string;
  blocks: Block[];
}

/**
 * A governance document as plain data, built from a spec and rendered to Markdown or Word.
 * Renderers only lay it out: every word comes from the builder.
 */
export interface GovernanceDocument {
  kind: DocumentKind;
  title: string;
  /** Un-numbered paragraphs under the title: what this is and where it came from. */
  preamble: Run[][];
  sections: Section[];
  /** A file name without extension, e.g. "terms-of-reference-leeds-committee". */
  fileName: string;
}

/** The text of the placeholder mark, the same in every format. */
export const TO_BE_AGREED = '[to be agreed]';
