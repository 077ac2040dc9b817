import {
  AMOUNT_NOT_RECORDED,
  formatMoney,
  formatMoneyExact,
} from '../../../shared/spec/review/formatMoney.ts';

/** An amount in pounds (every pound on hover), or "amount not recorded". */
export function Money({ amount }: { amount: number | undefined }) {
  if (amount === undefined) return <span className="review-missing">{AMOUNT_NOT_RECORDED}</span>;
  return <span title={formatMoneyExact(amount)}>{formatMoney(amount)}</span>;
}
