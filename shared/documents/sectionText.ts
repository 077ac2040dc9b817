import type { Block, GovernanceDocument } from './documentTypes.ts';
import { plainText } from './runs.ts';

function blockText(block: Block): string {
  switch (block.kind) {
    case 'clause':
    case 'paragraph':
      return plainText(block.runs);
    case 'subheading':
      return block.text;
    case 'bullets':
      return block.items.map(plainText).join('\n');
    case 'table':
      return [
        block.header.join(' | '),
        ...block.rows.map((row) => row.map(plainText).join(' | ')),
      ].join('\n');
    default: {
      const unknown: never = block;
      throw new Error(`Unknown block ${JSON.stringify(unknown)}`);
    }
  }
}

/** The plain text of one section of a document, found by its heading; `undefined` if none. */
export function sectionText(document: GovernanceDocument, heading: string): string | undefined {
  const section = document.sections.find((candidate) => candidate.heading === heading);
  return section?.blocks.map(blockText).join('\n');
}
