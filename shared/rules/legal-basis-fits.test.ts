import { describe, expect, it } from 'vitest';
import { legalBasisFits } from './legal-basis-fits.ts';
import { body, rel, subject } from './testSubject.ts';

const icb = body('QWO', 'icb', { name: 'West Yorkshire ICB' });
const council = body('la-leeds', 'local-authority', { name: 'Leeds City Council' });
const trust = body('RR8', 'nhs-trust', { name: 'Leeds Teaching Hospitals' });
const joint = body('cttee-joint', 'committee', {
  name: 'Leeds Joint Committee',
  committeeType: 'joint-committee',
});
const fund = body('fund-bcf', 'pooled-fund', { name: 'Leeds BCF', fundType: 's75' });
const dhsc = body('dhsc', 'dhsc', { name: 'DHSC' });
const practice = body('B86001', 'gp-practice', { name: 'Oak Surgery' });
const all = [icb, council, trust, joint, fund, dhsc, practice];

const run = (...relationships: ReturnType<typeof rel>[]) =>
  legalBasisFits(subject({ bodies: all, relationships })).map((f) => f.message);

describe('legal-basis-fits', () => {
  it('refuses s65Z5 for a council’s own functions, and accepts s75 or s101 for them', () => {
    expect(
      run(rel('delegates', council.id, joint.id, { legalBasis: 's65z5-joint-exercise' })),
    ).toEqual([
      'Leeds City Council delegates to Leeds Joint Committee under Joint exercise of functions (NHS Act 2006 s65Z5), but a local authority cannot use it: only NHS England, an ICB or an NHS trust or foundation trust can use s65Z5.',
    ]);
    expect(
      run(
        rel('delegates', council.id, joint.id, { legalBasis: 's75-lead-commissioning' }),
        rel('delegates', council.id, joint.id, { id: 'r2', legalBasis: 'lga-1972-s101' }),
        rel('delegates', icb.id, joint.id, { legalBasis: 's65z5-joint-exercise' }),
      ),
    ).toEqual([]);
  });

  it('wants section 75 between the NHS and a council, not two of one side', () => {
    expect(
      run(rel('delegates', icb.id, trust.id, { legalBasis: 's75-lead-commissioning' })),
    ).toEqual([
      'West Yorkshire ICB delegates to Leeds Teaching Hospitals under Lead commissioning (NHS Act 2006 s75), but a section 75 arrangement joins an NHS body and a local authority, not two of one side.',
    ]);
  });

  it('keeps pool bases for payments into pools, and the Secretary of State’s for DHSC to ICBs', () => {
    expect(run(rel('funds', icb.id, fund.id, { legalBasis: 's75-pooled-fund' }))).toEqual([]);
    expect(run(rel('delegates', dhsc.id, icb.id, { legalBasis: 'sos-delegation' }))).toEqual([]);
    expect(run(rel('delegates', icb.id, joint.id, { legalBasis: 'sos-delegation' }))).toHaveLength(
      1,
    );
    expect(run(rel('funds', icb.id, fund.id, { legalBasis: 's65z5-delegation' }))[0]).toContain(
      'not for this relationship',
    );
  });

  it('checks a commissioning contract’s type against who holds it', () => {
    expect(run(rel('commissions', icb.id, practice.id, { contractType: 'gms' }))).toEqual([]);
    expect(run(rel('commissions', icb.id, trust.id, { contractType: 'gms' }))).toEqual([
      'West Yorkshire ICB commissions Leeds Teaching Hospitals under a General Medical Services (GMS), but a General Medical Services (GMS) is not held by an NHS trust.',
    ]);
    expect(run(rel('commissions', icb.id, trust.id, { contractType: 'iho' }))[0]).toContain(
      'is not recorded as one',
    );
  });

  it('delegates under s65Z5(1) only to a relevant body or a council, and joint exercise to a joint committee (s65Z5(2))', () => {
    const board = body('cttee-board', 'committee', {
      name: 'Quality Committee',
      committeeType: 'board-committee',
    });
    const bodies = [...all, board];
    const check = (...relationships: ReturnType<typeof rel>[]) =>
      legalBasisFits(subject({ bodies, relationships })).map((f) => f.message);
    expect(
      check(
        rel('delegates', icb.id, trust.id, { legalBasis: 's65z5-delegation' }),
        rel('delegates', icb.id, council.id, { legalBasis: 's65z5-delegation' }),
        rel('delegates', icb.id, joint.id, { legalBasis: 's65z5-joint-exercise' }),
      ),
    ).toEqual([]);
    expect(
      check(rel('delegates', icb.id, joint.id, { legalBasis: 's65z5-delegation' }))[0],
    ).toMatch(
      /cannot reach a committee: under s65Z5\(1\) a function is delegated to another relevant body/,
    );
    expect(
      check(rel('delegates', icb.id, board.id, { legalBasis: 's65z5-joint-exercise' })),
    ).toEqual([
      'West Yorkshire ICB delegates to Quality Committee under Joint exercise of functions (NHS Act 2006 s65Z5), but functions exercised jointly go to a joint committee of the bodies (s65Z5(2)), and Quality Committee is not recorded as one.',
    ]);
  });
});
