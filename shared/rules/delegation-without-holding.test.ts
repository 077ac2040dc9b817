import { describe, expect, it } from 'vitest';
import { delegationWithoutHolding } from './delegation-without-holding.ts';
import { body, rel, subject } from './testSubject.ts';

const nhse = body('nhse-national', 'nhs-england', { name: 'NHS England' });
const icb = body('icb-westyorks', 'icb', { name: 'West Yorkshire ICB' });
const committee = body('cttee-leedsctte', 'committee', { name: 'Leeds Committee' });
const fn = 'Primary medical services commissioning';

describe('delegation-without-holding', () => {
  it('finds a delegation of a function the body does not hold', () => {
    const findings = delegationWithoutHolding(
      subject({
        bodies: [icb, committee],
        relationships: [rel('delegates', icb.id, committee.id, { function: fn })],
      }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toBe(
      `West Yorkshire ICB delegates “${fn}” to Leeds Committee but does not hold that function: it is not among West Yorkshire ICB's functions and no one delegates it to West Yorkshire ICB.`,
    );
    expect(findings[0]?.elements).toEqual([
      `${icb.id}__delegates__${committee.id}`,
      icb.id,
      committee.id,
    ]);
  });

  it('finds a delegation that does not say which function', () => {
    const findings = delegationWithoutHolding(
      subject({
        bodies: [icb, committee],
        relationships: [rel('delegates', icb.id, committee.id)],
      }),
    );
    expect(findings[0]?.message).toBe(
      'West Yorkshire ICB delegates to Leeds Committee but does not say which function it delegates.',
    );
  });

  it('accepts a function listed (in any case) or received by delegation', () => {
    const findings = delegationWithoutHolding(
      subject({
        bodies: [{ ...nhse, functions: [` ${fn.toLowerCase()} `] }, icb, committee],
        relationships: [
          rel('delegates', nhse.id, icb.id, { function: fn }),
          rel('delegates', icb.id, committee.id, { function: fn.toUpperCase() }),
        ],
      }),
    );
    expect(findings).toEqual([]);
  });
});
