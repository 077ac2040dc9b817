import { describe, expect, it } from 'vitest';
import { leadProviderDelegation } from './lead-provider-delegation.ts';
import { body, rel, subject } from './testSubject.ts';

const icb = body('icb-westyorks', 'icb', { name: 'West Yorkshire ICB' });
const lead = body('collab-leedsmh', 'provider-collaborative', {
  name: 'Leeds Mental Health Collaborative',
  governance: { model: 'lead-provider' },
});
const trust = body('trust-leedsyork', 'nhs-trust', { name: 'Leeds and York Partnership' });

describe('lead-provider-delegation', () => {
  it('finds delegation into a lead provider', () => {
    const findings = leadProviderDelegation(
      subject({
        bodies: [icb, lead],
        relationships: [rel('delegates', icb.id, lead.id, { function: 'Mental health services' })],
      }),
    );
    expect(findings.map((f) => f.message)).toEqual([
      'West Yorkshire ICB delegates “Mental health services” to Leeds Mental Health Collaborative, and Leeds Mental Health Collaborative works as a lead provider: that is lawful where the provider also holds delegated commissioning (as an integrated health organisation does), but check that a delegation agreement, not only a contract, covers it.',
    ]);
  });

  it('accepts a lead provider joined by contract', () => {
    const findings = leadProviderDelegation(
      subject({
        bodies: [icb, lead, trust],
        relationships: [rel('commissions', icb.id, trust.id), rel('member-of', trust.id, lead.id)],
      }),
    );
    expect(findings).toEqual([]);
  });
});
