import { describe, expect, it } from 'vitest';
import { noNonExecutive } from './no-non-executive.ts';
import { body, rel, subject } from './testSubject.ts';

const icb = body('icb-westyorks', 'icb', { name: 'West Yorkshire ICB' });
const council = body('la-leedscity', 'local-authority', {
  name: 'Leeds City Council',
  tier: 'metropolitan-district',
});
const committee = body('cttee-leedsctte', 'committee', { name: 'Leeds Committee' });
const place = body('place-leedsplace', 'place-partnership', {
  name: 'Leeds Place',
  governance: { model: 'icb-committee' },
});

describe('no-non-executive', () => {
  it('warns about a decision-making committee without a non-executive member', () => {
    const findings = noNonExecutive(
      subject({
        bodies: [icb, council, committee, place],
        relationships: [
          rel('delegates', icb.id, committee.id),
          rel('delegates', council.id, committee.id),
          rel('delegates', icb.id, place.id),
        ],
      }),
    );
    expect(findings.map((f) => f.elements[0])).toEqual([committee.id, place.id]);
    expect(findings[0]?.message).toBe(
      'Leeds Committee takes decisions delegated by West Yorkshire ICB and Leeds City Council but has no non-executive member recorded; a decision-making committee of statutory bodies should have at least one.',
    );
  });

  it('accepts a committee with one, and ignores delegation from non-statutory bodies', () => {
    const withNed = { ...committee, governance: { nonExecutiveMembers: 1 } };
    const parent = body('cttee-parentctte', 'committee', { name: 'Parent Committee' });
    const findings = noNonExecutive(
      subject({
        bodies: [icb, withNed, parent, place],
        relationships: [
          rel('delegates', icb.id, withNed.id),
          rel('delegates', parent.id, place.id),
        ],
      }),
    );
    expect(findings).toEqual([]);
  });
});
