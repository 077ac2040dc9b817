import { describe, expect, it } from 'vitest';
import { relationshipSentence } from './relationshipSentence.ts';

describe('relationshipSentence', () => {
  it('names both ends and the kind, not ids', () => {
    expect(
      relationshipSentence(
        { kind: 'commissions', status: 'agreed', attrs: {} },
        'NHS Northshire ICB',
        'Northshire Hospitals Trust',
      ),
    ).toBe('NHS Northshire ICB commissions Northshire Hospitals Trust');
  });

  it('reads as a sentence for "member of" and "accountable to", and says a proposal is one', () => {
    expect(
      relationshipSentence({ kind: 'accountable-to', status: 'proposed', attrs: {} }, 'A', 'B'),
    ).toBe('A is accountable to B, proposed');
    expect(
      relationshipSentence(
        { kind: 'member-of', status: 'agreed', attrs: { voting: false } },
        'A',
        'B',
      ),
    ).toBe('A is a non-voting member of B');
  });

  it('adds the delegated function and the amount', () => {
    expect(
      relationshipSentence(
        {
          kind: 'delegates',
          status: 'disputed',
          attrs: { function: 'Primary care commissioning' },
        },
        'ICB',
        'Place',
      ),
    ).toBe('ICB delegates to Place: Primary care commissioning, disputed');
    expect(
      relationshipSentence(
        { kind: 'funds', status: 'agreed', attrs: { amountGBP: 2_500_000 } },
        'ICB',
        'Fund',
      ),
    ).toMatch(/^ICB funds Fund: £2\.5/);
  });
});
