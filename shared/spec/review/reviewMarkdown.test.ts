import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReview } from './buildReview.ts';
import { escapeCell, markdownTable } from './markdownText.ts';
import { reviewToMarkdown } from './reviewMarkdown.ts';
import { body, rel, specOrThrow, testSpec, WEST_YORKSHIRE_FIXTURE } from './testSpec.ts';

const fixture = specOrThrow(JSON.parse(readFileSync(WEST_YORKSHIRE_FIXTURE, 'utf8')));
const markdown = reviewToMarkdown(buildReview(fixture), fixture.map.title);

describe('reviewToMarkdown on the West Yorkshire spec', () => {
  it('has the title, the export date and the four section headings', () => {
    expect(markdown.startsWith('# West Yorkshire integrated care system\n')).toBe(true);
    expect(markdown).toContain('15 January 2026');
    const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## Who does what',
      '## Who is accountable to whom',
      '## How the money flows',
      '## Who delegates what to whom',
    ]);
  });

  it('formats money and bolds the totals', () => {
    expect(markdown).toContain('| Leeds City Council | Leeds Better Care Fund | £20m |');
    expect(markdown).toContain('**Total funds flowing: £95m**');
    expect(markdown).toContain('**Total delegated limits: £1.56bn**');
  });

  it('nests the accountability tree as a list', () => {
    expect(markdown).toContain(
      '- **NHS England** (NHS England)\n  - **NHS England – North East and Yorkshire**',
    );
    expect(markdown).toContain('    - **Leeds Health and Care Partnership** (Place partnership)');
  });

  it('names bodies, never ids', () => {
    for (const element of [...fixture.bodies, ...fixture.relationships, ...fixture.footprints]) {
      expect(markdown).not.toContain(element.id);
    }
  });

  it('keeps every row of a table to the columns of its header', () => {
    const pipes = (line: string) => line.replace(/\\\|/g, '').split('|').length;
    const tables = markdown.split('\n\n').filter((block) => block.startsWith('|'));
    expect(tables.length).toBeGreaterThan(10);
    for (const table of tables) {
      const [header, ...rows] = table.trim().split('\n');
      for (const row of rows) expect(pipes(row)).toBe(pipes(header ?? ''));
    }
  });
});

describe('reviewToMarkdown escaping and gaps', () => {
  const spec = testSpec({
    bodies: [
      body('icb-one', 'icb', { name: 'North | South ICB', functions: ['a|b commissioning'] }),
      body('fund-one', 'pooled-fund', { name: 'Better *Care* Fund' }),
      body('committee-one', 'committee', { name: 'Place committee' }),
    ],
    relationships: [
      rel('funds', 'icb-one', 'fund-one'),
      rel('delegates', 'icb-one', 'committee-one', { function: 'place | commissioning' }),
      rel('accountable-to', 'committee-one', 'committee-one'),
    ],
  });
  const text = reviewToMarkdown(buildReview(spec), 'Pipes | and *stars*');

  it('escapes pipes in table cells and formatting in the title', () => {
    expect(text).toContain('# Pipes \\| and \\*stars\\*');
    expect(text).toContain(
      '| North \\| South ICB | Integrated care board | Yes | a\\|b commissioning |',
    );
    expect(text).toContain(
      '| Place committee | place \\| commissioning | not recorded | amount not recorded |',
    );
  });

  it('says "amount not recorded" and does not count it', () => {
    expect(text).toContain(
      '| North \\| South ICB | Better \\*Care\\* Fund | amount not recorded |',
    );
    expect(text).toContain(
      '**Total funds flowing: £0** (1 flow has its amount not recorded, not counted)',
    );
    expect(text).toContain('| Better \\*Care\\* Fund | amount not recorded |');
  });

  it('marks an accountability loop', () => {
    expect(text).toContain('## Who is accountable to whom');
    expect(text).toContain('⚠ loops back');
    expect(text).toContain('- ⚠ Place committee is accountable to itself.');
  });
});

describe('markdownTable', () => {
  it('escapes cells and fills empty ones', () => {
    expect(markdownTable(['A|B', 'C'], [['x | y', '']])).toBe(
      '| A\\|B | C |\n| --- | --- |\n| x \\| y | — |',
    );
    expect(escapeCell('two\nlines')).toBe('two lines');
  });
});
