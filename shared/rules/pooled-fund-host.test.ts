import { describe, expect, it } from 'vitest';
import { pooledFundHost } from './pooled-fund-host.ts';
import { body, rel, subject } from './testSubject.ts';

const icb = body('icb-westyorks', 'icb', { name: 'West Yorkshire ICB' });
const council = body('la-leedscity', 'local-authority', { name: 'Leeds City Council' });
const fund = body('fund-leedsbcf', 'pooled-fund', {
  name: 'Leeds Better Care Fund',
  fundType: 's75',
  poolManager: 'Director of adult social services',
  riskShare: 'Overspends shared in proportion to contributions',
});
const hwb = body('hwb-leeds', 'health-wellbeing-board', { name: 'Leeds HWB' });

describe('pooled-fund-host', () => {
  it('warns about a fund with no host and a section 75 fund without an NHS funder', () => {
    const paid = rel('funds', council.id, fund.id);
    const findings = pooledFundHost(subject({ bodies: [council, fund], relationships: [paid] }));
    expect(findings.map((f) => f.message)).toEqual([
      'Leeds Better Care Fund has no host: record which partner holds the fund for the others.',
      'Leeds Better Care Fund is a section 75 pooled fund, but no NHS body pays into it; a section 75 pool needs money from both the NHS and a local authority.',
    ]);
    expect(findings[1]?.elements).toEqual([fund.id, paid.id]);
  });

  it('wants the host to pay in, a pool manager and risk share, and an HWB approving a BCF plan', () => {
    const bcf = { ...fund, betterCareFund: true, poolManager: undefined, riskShare: undefined };
    const findings = pooledFundHost(
      subject({
        bodies: [icb, council, bcf],
        relationships: [
          rel('funds', council.id, fund.id),
          rel('funds', icb.id, fund.id),
          rel('hosts', council.id, fund.id),
        ],
      }),
    );
    expect(findings.map((f) => f.message)).toEqual([
      'Leeds Better Care Fund is the Better Care Fund pool, but no health and wellbeing board approves its plan.',
      'Leeds Better Care Fund is a section 75 pooled fund, but its pool manager and risk share are not recorded; a section 75 agreement names both.',
    ]);
    const notPaying = pooledFundHost(
      subject({
        bodies: [icb, council, fund, hwb],
        relationships: [
          rel('funds', council.id, fund.id),
          rel('hosts', icb.id, fund.id),
          rel('funds', icb.id, 'elsewhere'),
        ],
      }),
    );
    expect(notPaying.map((f) => f.message)).toContain(
      'West Yorkshire ICB hosts Leeds Better Care Fund but does not pay into it: the host of a pooled fund is one of the partners paying in.',
    );
    const approved = pooledFundHost(
      subject({
        bodies: [icb, council, { ...fund, betterCareFund: true }, hwb],
        relationships: [
          rel('funds', council.id, fund.id),
          rel('funds', icb.id, fund.id),
          rel('hosts', council.id, fund.id),
          rel('approves', hwb.id, fund.id),
        ],
      }),
    );
    expect(approved).toEqual([]);
  });

  it('accepts a hosted section 75 fund paid into by both sides', () => {
    const findings = pooledFundHost(
      subject({
        bodies: [icb, council, fund],
        relationships: [
          rel('hosts', council.id, fund.id),
          rel('funds', council.id, fund.id),
          rel('funds', icb.id, fund.id),
        ],
      }),
    );
    expect(findings).toEqual([]);
  });
});
