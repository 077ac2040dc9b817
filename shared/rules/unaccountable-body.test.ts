import { describe, expect, it } from 'vitest';
import { body, rel, subject } from './testSubject.ts';
import { unaccountableBody } from './unaccountable-body.ts';

const icb = body('icb-westyorks', 'icb', { name: 'West Yorkshire ICB' });
const place = body('place-leedsplace', 'place-partnership', { name: 'Leeds Place' });
const pcn = body('pcn-leedsnorth', 'pcn', { name: 'Leeds North PCN' });

describe('unaccountable-body', () => {
  it('warns about a non-statutory body with no path to a statutory one', () => {
    const findings = unaccountableBody(
      subject({
        bodies: [icb, place, pcn],
        relationships: [rel('accountable-to', pcn.id, place.id)],
      }),
    );
    expect(findings.map((f) => f.elements)).toEqual([[place.id], [pcn.id]]);
    expect(findings[0]?.severity).toBe('warning');
    expect(findings[0]?.message).toContain('Leeds Place is not accountable to any statutory body');
  });

  it('accepts a chain that reaches a statutory body, and ignores statutory bodies', () => {
    const findings = unaccountableBody(
      subject({
        bodies: [icb, place, pcn],
        relationships: [
          rel('accountable-to', pcn.id, place.id),
          rel('accountable-to', place.id, icb.id),
        ],
      }),
    );
    expect(findings).toEqual([]);
  });

  it('copes with a loop among non-statutory bodies', () => {
    const findings = unaccountableBody(
      subject({
        bodies: [place, pcn],
        relationships: [
          rel('accountable-to', pcn.id, place.id),
          rel('accountable-to', place.id, pcn.id),
        ],
      }),
    );
    expect(findings).toHaveLength(2);
  });
});
