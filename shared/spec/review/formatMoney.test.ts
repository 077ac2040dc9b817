import { describe, expect, it } from 'vitest';
import { formatMaybeMoney, formatMoney, formatMoneyExact } from './formatMoney.ts';

describe('formatMoney', () => {
  it.each([
    [0, '£0'],
    [950, '£950'],
    [950_000, '£950k'],
    [1_200_000, '£1.2m'],
    [1_250_000, '£1.3m'],
    [20_000_000, '£20m'],
    [125_000_000, '£125m'],
    [999_950, '£1m'],
    [999_999_999, '£1bn'],
    [1_560_000_000, '£1.56bn'],
    [2_500_000_000, '£2.5bn'],
    [-3_000_000, '-£3m'],
  ])('%d → %s', (amount, text) => {
    expect(formatMoney(amount)).toBe(text);
  });

  it('says when an amount is not recorded', () => {
    expect(formatMaybeMoney(undefined)).toBe('amount not recorded');
    expect(formatMaybeMoney(75_000_000)).toBe('£75m');
  });

  it('gives every pound for tooltips', () => {
    expect(formatMoneyExact(1_560_000_000)).toBe('£1,560,000,000');
  });
});
