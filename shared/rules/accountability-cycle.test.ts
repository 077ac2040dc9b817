import { describe, expect, it } from 'vitest';
import { accountabilityCycle } from './accountability-cycle.ts';
import { body, rel, subject } from './testSubject.ts';

const icb = body('icb-westyorks', 'icb', { name: 'West Yorkshire ICB' });
const place = body('place-leedsplace', 'place-partnership', { name: 'Leeds Place' });
const committee = body('cttee-leedsctte', 'committee', { name: 'Leeds Committee' });

describe('accountability-cycle', () => {
  it('finds a loop of accountability and names it in order', () => {
    const findings = accountabilityCycle(
      subject({
        bodies: [icb, place, committee],
        relationships: [
          rel('accountable-to', place.id, committee.id),
          rel('accountable-to', committee.id, icb.id),
          rel('accountable-to', icb.id, place.id),
        ],
      }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('error');
    expect(findings[0]?.message).toBe(
      'Accountability goes round in a circle: Leeds Committee is accountable to West Yorkshire ICB, which is accountable to Leeds Place, which is accountable to Leeds Committee. Someone has to be accountable at the top.',
    );
    expect(findings[0]?.elements).toEqual([
      committee.id,
      icb.id,
      place.id,
      `${committee.id}__accountable-to__${icb.id}`,
      `${icb.id}__accountable-to__${place.id}`,
      `${place.id}__accountable-to__${committee.id}`,
    ]);
  });

  it('finds a body accountable to itself', () => {
    const findings = accountabilityCycle(
      subject({ bodies: [place], relationships: [rel('accountable-to', place.id, place.id)] }),
    );
    expect(findings.map((f) => f.message)).toEqual([
      'Leeds Place is recorded as accountable to itself, so no one holds it to account.',
    ]);
  });

  it('accepts a chain that ends at the top', () => {
    const findings = accountabilityCycle(
      subject({
        bodies: [icb, place, committee],
        relationships: [
          rel('accountable-to', place.id, committee.id),
          rel('accountable-to', committee.id, icb.id),
          rel('accountable-to', place.id, icb.id),
        ],
      }),
    );
    expect(findings).toEqual([]);
  });

  it('ignores relationships whose ends are missing', () => {
    const findings = accountabilityCycle(
      subject({ bodies: [place], relationships: [rel('accountable-to', place.id, 'gone-body')] }),
    );
    expect(findings).toEqual([]);
  });
});
