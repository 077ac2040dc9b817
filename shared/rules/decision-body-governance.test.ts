import { describe, expect, it } from 'vitest';
import { decisionBodyGovernance } from './decision-body-governance.ts';
import { body, rel, subject } from './testSubject.ts';

const icb = body('icb-westyorks', 'icb', { name: 'West Yorkshire ICB' });
const committee = body('cttee-leedsctte', 'committee', { name: 'Leeds Place Committee' });

describe('decision-body-governance', () => {
  it('lists what a decision-making body has not recorded', () => {
    const link = rel('delegates', icb.id, committee.id, { function: 'Urgent care' });
    const findings = decisionBodyGovernance(
      subject({ bodies: [icb, committee], relationships: [link] }),
    );
    expect(findings).toEqual([
      {
        rule: 'decision-body-governance',
        severity: 'error',
        message:
          'Leeds Place Committee receives delegated decisions but its terms of reference, chair and quorum are not recorded.',
        elements: [committee.id, link.id],
      },
    ]);
    const partly = { ...committee, governance: { termsOfReference: 'ToR v2', quorum: '4' } };
    expect(
      decisionBodyGovernance(subject({ bodies: [icb, partly], relationships: [link] }))[0]?.message,
    ).toBe('Leeds Place Committee receives delegated decisions but its chair is not recorded.');
  });

  it('accepts a body with all three, and ignores bodies given nothing', () => {
    const governed = {
      ...committee,
      governance: { termsOfReference: 'ToR v2', chair: 'ICB non-executive', quorum: '4' },
    };
    const findings = decisionBodyGovernance(
      subject({ bodies: [icb, governed], relationships: [rel('delegates', icb.id, governed.id)] }),
    );
    expect(findings).toEqual([]);
  });
});
