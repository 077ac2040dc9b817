import { describe, expect, it } from 'vitest';
import { pooledFundHost } from './pooled-fund-host.ts';
import { body, rel, subject } from './testSubject.ts';

const icb = body('icb-westyorks', 'icb', { name: 'West Yorkshire ICB' });
const council = body('la-leedscity', 'local-authority', { name: 'Leeds City Council' });
const fund = body('fund-leedsbcf', 'pooled-fund', {
  name: 'Leeds Better Care Fund',
  fundType: 's75',
});

describe('pooled-fund-host', () => {
  it('warns about a fund with no host and a section 75 fund without an NHS funder', () => {
    const paid = rel('funds', council.id, fund.id);
    const findings = pooledFundHost(subject({ bodies: [council, fund], relationships: [paid] }));
    expect(findings.map((f) => f.message)).toEqual([
      'Leeds Better Care Fund has no host: record which body holds the fund for the partners.',
      'Leeds Better Care Fund is a section 75 pooled fund, but no NHS body pays into it; a section 75 pool needs money from both the NHS and a local authority.',
    ]);
    expect(findings[1]?.elements).toEqual([fund.id, paid.id]);
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
