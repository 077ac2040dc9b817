import { escapeMarkdown, markdownTable } from '../spec/review/markdownText.ts';
import type { Block, GovernanceDocument, Run } from './documentTypes.ts';
import { TO_BE_AGREED } from './documentTypes.ts';
import { plainText } from './runs.ts';

function inline(parts: readonly Run[]): string {
  return parts
    .map((run) => {
      if (run.kind === 'placeholder') return `**${escapeMarkdown(TO_BE_AGREED)}**`;
      const text = escapeMarkdown(run.text);
      return run.bold && text.trim() !== '' ? `**${text}**` : text;
    })
    .join('');
}

function block(item: Block, section: number, clauseNumber: () => number): string {
  switch (item.kind) {
    case 'clause':
      return `${section}.${clauseNumber()} ${inline(item.runs)}`;
    case 'paragraph':
      return inline(item.runs);
    case 'subheading':
      return `### ${escapeMarkdown(item.text)}`;
    case 'bullets':
      return item.items.map((runs) => `- ${inline(runs)}`).join('\n');
    case 'table':
      // Cells are escaped by markdownTable, so they go in as plain text.
      return markdownTable(
        item.header,
        item.rows.map((row) => row.map(plainText)),
      );
    default: {
      const unknown: never = item;
      throw new Error(`Unknown block ${JSON.stringify(unknown)}`);
    }
  }
}

/** A governance document as Markdown: numbered sections and clauses, tables, placeholders in bold. */
export function documentToMarkdown(document: GovernanceDocument): string {
  const parts = [
    `# ${escapeMarkdown(document.title)}`,
    ...document.preamble.map((p) => `_${inline(p)}_`),
  ];
  document.sections.forEach((section, index) => {
    const number = index + 1;
    let clauses = 0;
    parts.push(`## ${number}. ${escapeMarkdown(section.heading)}`);
    for (const item of section.blocks) parts.push(block(item, number, () => ++clauses));
  });
  return `${parts.join('\n\n')}\n`;
}
