/** Larger units first; `decimals` below 100 of the unit (billions keep two: they add up). */
const UNITS = [
  { size: 1e9, suffix: 'bn', decimals: 2 },
  { size: 1e6, suffix: 'm', decimals: 1 },
  { size: 1e3, suffix: 'k', decimals: 1 },
  { size: 1, suffix: '', decimals: 0 },
] as const;

/** Words for an amount that is not recorded. */
export const AMOUNT_NOT_RECORDED = 'amount not recorded';

/** Pounds for people: £950k, £1.2m, £125m, £1.56bn. */
export function formatMoney(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  const size = Math.abs(amount);
  const found = UNITS.findIndex((unit) => size >= unit.size);
  const at = found === -1 ? UNITS.length - 1 : found;
  const unit = UNITS[at] ?? UNITS[0];
  const scaled = roundForDisplay(size / unit.size, unit.decimals);
  const larger = UNITS[at - 1];
  // £999,950 reads "£1m", not "£1000k".
  if (larger && scaled >= 1000) return `${sign}£1${larger.suffix}`;
  return `${sign}£${scaled}${unit.suffix}`;
}

/** Every pound, for a tooltip: "£1,560,000,000". */
export function formatMoneyExact(amount: number): string {
  return `£${amount.toLocaleString('en-GB', { maximumFractionDigits: 2 })}`;
}

/** An optional amount: formatted, or "amount not recorded". */
export function formatMaybeMoney(amount: number | undefined): string {
  return amount === undefined ? AMOUNT_NOT_RECORDED : formatMoney(amount);
}

// Up to `decimals` places below 100 (£1.2m), none from 100 (£125m); trailing zeros go.
function roundForDisplay(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return rounded >= 100 ? Math.round(value) : rounded;
}
