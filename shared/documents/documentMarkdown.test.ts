import { describe, expect, it } from 'vitest';
import { fileSlug } from './buildDocument.ts';
import { documentToMarkdown } from './documentMarkdown.ts';
import type { GovernanceDocument } from './documentTypes.ts';
import { bullets, clause, paragraph, runs, subheading, table, toBeAgreed } from './runs.ts';

const document: GovernanceDocument = {
  kind: 'terms-of-reference',
  title: 'Terms of reference: A *committee*',
  preamble: [runs('Made from the map; unsaid reads ', toBeAgreed, '.')],
  sections: [
    {
      heading: 'First',
      blocks: [clause('One.'), clause('Chair: ', undefined, '.'), paragraph('Plain.')],
    },
    {
      heading: 'Second',
      blocks: [
        subheading('Part'),
        clause('Three.'),
        bullets([['a'], ['b ', undefined]]),
        table(['Name', 'Limit'], [['A | B', undefined]]),
      ],
    },
  ],
  fileName: 'terms-of-reference-a-committee',
};

describe('documents as Markdown', () => {
  it('numbers sections and their clauses, escapes text and marks placeholders', () => {
    expect(documentToMarkdown(document)).toBe(
      `${[
        '# Terms of reference: A \\*committee\\*',
        '_Made from the map; unsaid reads **\\[to be agreed\\]**._',
        '## 1. First',
        '1.1 One.',
        '1.2 Chair: **\\[to be agreed\\]**.',
        'Plain.',
        '## 2. Second',
        '### Part',
        '2.1 Three.',
        '- a\n- b **\\[to be agreed\\]**',
        '| Name | Limit |\n| --- | --- |\n| A \\| B | \\[to be agreed\\] |',
      ].join('\n\n')}\n`,
    );
  });

  it('makes file names of plain letters, digits and dashes', () => {
    expect(fileSlug('Leeds Committee (ICB) – Café')).toBe('leeds-committee-icb-cafe');
    expect(fileSlug('***')).toBe('body');
  });
});
