import { describe, expect, it } from 'vitest';
import { invalidEndpoints } from './invalid-endpoints.ts';
import { body, rel, subject } from './testSubject.ts';

const icb = body('icb-westyorks', 'icb', { name: 'West Yorkshire ICB' });
const practice = body('gp-oaksurgery', 'gp-practice', { name: 'Oak Surgery' });
const trust = body('trust-leedsth', 'nhs-trust', { name: 'Leeds Teaching Hospitals' });

describe('invalid-endpoints', () => {
  it('finds a relationship whose kind does not fit its ends', () => {
    const findings = invalidEndpoints(
      subject({
        bodies: [practice, trust],
        relationships: [rel('commissions', practice.id, trust.id)],
      }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toBe(
      'Oak Surgery commissions Leeds Teaching Hospitals, but “Commissions” cannot start at a GP practice: only DHSC, NHS England, an ICB or a local authority commissions services.',
    );
  });

  it('accepts fitting relationships and leaves dangling ones to their own rule', () => {
    const findings = invalidEndpoints(
      subject({
        bodies: [icb, trust],
        relationships: [
          rel('commissions', icb.id, trust.id),
          rel('commissions', 'gone-body1', trust.id),
        ],
      }),
    );
    expect(findings).toEqual([]);
  });
});
