import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  body,
  rel,
  specOrThrow,
  testSpec,
  WEST_YORKSHIRE_FIXTURE,
} from '../spec/review/testSpec.ts';
import { sectionText } from './sectionText.ts';
import { mustBuild, withFindings } from './testDocuments.ts';

const westYorkshire = withFindings(
  specOrThrow(JSON.parse(readFileSync(WEST_YORKSHIRE_FIXTURE, 'utf8'))),
);

describe('section 75 agreement schedule', () => {
  const document = mustBuild(westYorkshire, 'section-75-agreement', 'fund-leeds-bcf');

  it('fills parties, host, contributions, approval and duration from the map', () => {
    expect(sectionText(document, 'Parties and legal basis')).toContain(
      'between Leeds City Council and NHS West Yorkshire Integrated Care Board.',
    );
    expect(sectionText(document, 'Parties and legal basis')).toContain('section 75');
    expect(sectionText(document, 'Host and pool manager')).toContain(
      'hosted by Leeds City Council',
    );
    const contributions = sectionText(document, 'Contributions');
    expect(contributions).toContain('Leeds City Council | £20,000,000');
    expect(contributions).toContain('NHS West Yorkshire Integrated Care Board | £75,000,000');
    expect(contributions).toContain('Total | £95,000,000');
    expect(sectionText(document, 'Governance')).toContain(
      'approved by Leeds Health and Wellbeing Board.',
    );
    expect(sectionText(document, 'Duration')).toContain('from 1 April 2025 to 31 March 2026.');
    expect(sectionText(document, 'Risk share and overspends')).toContain('[to be agreed]');
  });

  it('says when the contributions do not add up to the recorded pool, and lists the host finding', () => {
    const spec = withFindings(
      testSpec({
        bodies: [
          body('fund-a', 'pooled-fund', { fundType: 's75', amountGBP: 100 }),
          body('council-a', 'local-authority', { name: 'Council A' }),
          body('icb-a', 'icb', { name: 'ICB A' }),
        ],
        relationships: [
          rel('funds', 'council-a', 'fund-a', { amountGBP: 30 }),
          rel('funds', 'icb-a', 'fund-a', { amountGBP: 50 }),
        ],
      }),
    );
    const pool = mustBuild(spec, 'section-75-agreement', 'fund-a');
    expect(sectionText(pool, 'Contributions')).toContain(
      'recorded as £100 a year, but the contributions add up to £80',
    );
    expect(sectionText(pool, 'Host and pool manager')).toContain('hosted by [to be agreed]');
    expect(sectionText(pool, 'Open findings')).toContain('(pooled-fund-host)');
  });
});
