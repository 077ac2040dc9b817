import { describe, expect, it } from 'vitest';
import { body, rel, testSpec } from '../spec/review/testSpec.ts';
import { sectionText } from './sectionText.ts';
import { mustBuild, WEST_YORKSHIRE } from './testDocuments.ts';

describe('scheme of reservation and delegation', () => {
  const document = mustBuild(WEST_YORKSHIRE, 'scheme-of-delegation', 'icb-west-yorkshire');

  it('puts committee delegations and joint arrangements in their own parts, with limits', () => {
    const committees = sectionText(document, 'Delegated to committees of the board');
    expect(committees).toContain(
      'Leeds place health services commissioning | Leeds Committee of the West Yorkshire ICB',
    );
    expect(committees).toContain('£1,500,000,000 | 1 April 2025');
    expect(committees).not.toContain('Mental Health Joint Committee');
    const others = sectionText(document, 'Delegated to other bodies and joint arrangements');
    expect(others).toContain(
      'West Yorkshire Mental Health Joint Committee | Joint exercise of functions (NHS Act 2006 s65Z5) | £60,000,000',
    );
    expect(others).toContain('Leeds Better Care Fund | Section 75 pooled budget | £75,000,000');
    expect(sectionText(document, 'Introduction')).toContain(
      'Primary medical services commissioning',
    );
  });

  it('lists functions received from NHS England, and individuals and reserved matters as to be agreed when absent', () => {
    expect(sectionText(document, 'Reserved to the board')).toContain('[to be agreed]');
    expect(sectionText(document, 'Delegated to individuals')).toContain('[to be agreed]');
    const spec = testSpec({
      bodies: [
        body('nhse', 'nhs-england', { name: 'NHS England' }),
        body('icb-a', 'icb', { governance: { reservedMatters: ['Annual budget'] } }),
        body('place-a', 'place-partnership', {
          name: 'Place A',
          governance: { model: 'individual-executive' },
        }),
      ],
      relationships: [
        rel('delegates', 'nhse', 'icb-a', {
          function: 'dental services commissioning',
          legalBasis: 's65z5-delegation',
          validFrom: '2023-04-01',
        }),
        rel('delegates', 'icb-a', 'place-a', { function: 'community services', amountGBP: 5000 }),
      ],
    });
    const scheme = mustBuild(spec, 'scheme-of-delegation', 'icb-a');
    expect(
      sectionText(scheme, 'Received from NHS England or the Department of Health and Social Care'),
    ).toContain(
      'Dental services commissioning | NHS England | Delegation (NHS Act 2006 s65Z5) | [to be agreed] | 1 April 2023',
    );
    expect(sectionText(scheme, 'Delegated to individuals')).toContain(
      'community services | Place A',
    );
    expect(sectionText(scheme, 'Reserved to the board')).toContain('Annual budget');
  });
});
