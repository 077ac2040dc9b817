import type { Section } from './documentTypes.ts';

/** What a document builder returns: its sections and the ids of the elements it drew on. */
export interface BuiltSections {
  sections: Section[];
  /** The body and relationships the document used; findings naming them are listed at the end. */
  elements: string[];
}
