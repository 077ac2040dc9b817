import { describe, expect, it } from 'vitest';
import { body, rel, testSpec } from '../spec/review/testSpec.ts';
import { sectionText } from './sectionText.ts';
import { mustBuild, WEST_YORKSHIRE, withFindings } from './testDocuments.ts';

describe('section 75 agreement schedule', () => {
  const document = mustBuild(WEST_YORKSHIRE, 'section-75-agreement', 'fund-leeds-bcf');

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
    // The fixture records no approval: the schedule leaves it to be agreed.
    expect(sectionText(document, 'Governance')).toContain('approved by [to be agreed].');
    expect(sectionText(document, 'Parties and legal basis')).toContain(
      'Legal basis: National Health Service Act 2006, section 75 and the NHS Bodies and Local Authorities Partnership Arrangements Regulations 2000.',
    );
    expect(sectionText(document, 'Duration')).toContain('from 1 April 2025 to 31 March 2026.');
    expect(sectionText(document, 'Risk share and overspends')).toContain(
      'Each partner bears overspends on the services it contributes for',
    );
    expect(sectionText(document, 'Host and pool manager')).toContain(
      'Pool manager: Director of Adult Social Services, Leeds City Council.',
    );
  });

  it('says when the contributions do not add up to the recorded pool, and lists the host finding', () => {
    const spec = withFindings(
      testSpec({
        bodies: [
          body('fund-a', 'pooled-fund', {
            fundType: 's75',
            amountGBP: 100,
            poolManager: 'Director of adult social services',
            riskShare: 'In proportion to contributions',
            betterCareFund: true,
          }),
          body('hwb-a', 'health-wellbeing-board', { name: 'Board A' }),
          body('council-a', 'local-authority', { name: 'Council A' }),
          body('icb-a', 'icb', { name: 'ICB A' }),
        ],
        relationships: [
          rel('funds', 'council-a', 'fund-a', { amountGBP: 30 }),
          rel('funds', 'icb-a', 'fund-a', { amountGBP: 50 }),
          rel('approves', 'hwb-a', 'fund-a'),
        ],
      }),
    );
    const pool = mustBuild(spec, 'section-75-agreement', 'fund-a');
    expect(sectionText(pool, 'Contributions')).toContain(
      'recorded as £100 a year, but the contributions add up to £80',
    );
    expect(sectionText(pool, 'Host and pool manager')).toContain('hosted by [to be agreed]');
    expect(sectionText(pool, 'Host and pool manager')).toContain(
      'Pool manager: Director of adult social services.',
    );
    expect(sectionText(pool, 'Risk share and overspends')).toContain(
      'How overspends and underspends are shared: In proportion to contributions.',
    );
    expect(sectionText(pool, 'Parties and legal basis')).toContain(
      'This pool is the Better Care Fund of its area',
    );
    expect(sectionText(pool, 'Governance')).toContain('approved by Board A.');
    expect(sectionText(pool, 'Open findings')).toContain('(pooled-fund-host)');
  });
});
