import { describe, expect, it } from 'vitest';
import { body, rel, testSpec } from '../spec/review/testSpec.ts';
import { sectionText } from './sectionText.ts';
import { mustBuild, withFindings } from './testDocuments.ts';

const spec = withFindings(
  testSpec({
    bodies: [
      body('nhse', 'nhs-england', {
        name: 'NHS England',
        functions: ['dental services commissioning'],
      }),
      body('icb-a', 'icb', {
        name: 'ICB A',
        governance: { chair: 'ICB chair', reviewDate: '2027-03-31' },
      }),
    ],
    relationships: [
      rel('delegates', 'nhse', 'icb-a', {
        function: 'dental services commissioning',
        legalBasis: 's65z5-delegation',
        agreement: 'Delegation agreement 2025',
        amountGBP: 12000000,
        validFrom: '2025-04-01',
        reservedFunctions: ['Contract awards over £5m'],
        onwardDelegation: false,
        accountableCommissioner: 'NHS England national team',
      }),
      rel('delegates', 'nhse', 'icb-a', { function: 'specialised services' }),
      rel('accountable-to', 'icb-a', 'nhse'),
    ],
  }),
);

describe('delegation agreement schedule', () => {
  const document = mustBuild(spec, 'delegation-agreement', 'icb-a');

  it('names the parties and schedules every delegation with its basis, agreement and limit', () => {
    expect(sectionText(document, 'Parties')).toContain(
      'between NHS England (delegating) and ICB A (the delegate)',
    );
    const schedule = sectionText(document, 'Schedule of delegated functions');
    expect(schedule).toContain(
      'Dental services commissioning | NHS England | Delegation (NHS Act 2006 s65Z5) | £12,000,000 | 1 April 2025',
    );
    expect(schedule).toContain(
      'Specialised services delegated to ICBs (2025/26) | NHS England | [to be agreed] | [to be agreed]',
    );
    const terms = sectionText(document, 'Terms of each delegation');
    expect(terms).toContain('Agreement: Delegation agreement 2025.');
    expect(terms).toContain('Onward delegation: [to be agreed].');
    expect(terms).toContain(
      'Onward delegation: not permitted; ICB A exercises the function itself.',
    );
    expect(terms).toContain(
      'Functions and decisions reserved to NHS England:\nContract awards over £5m',
    );
    expect(terms).toContain('Accountable commissioner: NHS England national team.');
    expect(terms).toContain('Accountable commissioner: NHS England stays accountable');
    expect(sectionText(document, 'Governance of the delegate')).toContain('Chair: ICB chair.');
    expect(sectionText(document, 'Reporting and assurance')).toContain('to NHS England.');
    expect(sectionText(document, 'Review and termination')).toContain('31 March 2027');
  });

  it('lists a finding on one of the delegations at the end', () => {
    // The second delegation is of a function NHS England does not hold.
    expect(sectionText(document, 'Open findings')).toContain('(delegation-without-holding)');
  });
});
