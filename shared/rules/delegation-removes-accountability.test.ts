import { describe, expect, it } from 'vitest';
import { delegationRemovesAccountability } from './delegation-removes-accountability.ts';
import { body, rel, subject } from './testSubject.ts';

const icb = body('icb-westyorks', 'icb', { name: 'West Yorkshire ICB' });
const committee = body('cttee-leedsctte', 'committee', { name: 'Leeds Committee' });
const sub = body('cttee-leedssubc', 'committee', { name: 'Leeds Subcommittee' });

describe('delegation-removes-accountability', () => {
  it('warns when the delegate does not answer to the delegator', () => {
    const findings = delegationRemovesAccountability(
      subject({
        bodies: [icb, committee],
        relationships: [rel('delegates', icb.id, committee.id, { function: 'Urgent care' })],
      }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('warning');
    expect(findings[0]?.message).toContain(
      'West Yorkshire ICB delegates “Urgent care” to Leeds Committee, but Leeds Committee is not accountable to West Yorkshire ICB',
    );
  });

  it('accepts accountability through a chain', () => {
    const findings = delegationRemovesAccountability(
      subject({
        bodies: [icb, committee, sub],
        relationships: [
          rel('delegates', icb.id, sub.id, { function: 'Urgent care' }),
          rel('accountable-to', sub.id, committee.id),
          rel('accountable-to', committee.id, icb.id),
        ],
      }),
    );
    expect(findings).toEqual([]);
  });
});
