import type { FieldDef } from '../../../shared/model/fields.ts';

/** What an input's text means for a field: a value to store (undefined clears), or why not. */
export type ParsedValue = { ok: true; value: unknown } | { ok: false; message: string };

const MONEY_SUFFIX: Record<string, number> = { k: 1_000, m: 1_000_000, bn: 1_000_000_000 };

/** Reads "1,250,000", "£1.2m" or "250k" as a number; NaN when it is not one. */
function readNumber(text: string, allowSuffix: boolean): number {
  const cleaned = text.replace(/[£,\s]/g, '').toLowerCase();
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+))(k|m|bn)?$/.exec(cleaned);
  if (!match?.[1]) return Number.NaN;
  const suffix = match[2];
  if (suffix && !allowSuffix) return Number.NaN;
  const amount = Number(match[1]);
  if (!suffix) return amount;
  // Rounded to pence so "1.1m" is 1100000, not 1100000.0000000002.
  return Math.round(amount * (MONEY_SUFFIX[suffix] ?? 1) * 100) / 100;
}

/**
 * Turns what someone typed or picked into the value stored for a field. Blank means "clear
 * it" (undefined). Whether the value fits the field is left to `setAttr`, which says why not.
 */
export function parseValue(field: FieldDef, text: string): ParsedValue {
  const trimmed = text.trim();
  switch (field.type) {
    case 'text':
    case 'longText':
    case 'date':
    case 'choice':
      return { ok: true, value: trimmed === '' ? undefined : trimmed };
    case 'number':
    case 'money': {
      if (trimmed === '') return { ok: true, value: undefined };
      const value = readNumber(trimmed, field.type === 'money');
      return Number.isFinite(value)
        ? { ok: true, value }
        : { ok: false, message: `${field.label} is not a number` };
    }
    case 'boolean':
      if (trimmed === 'yes') return { ok: true, value: true };
      if (trimmed === 'no') return { ok: true, value: false };
      return { ok: true, value: undefined };
    case 'list': {
      const entries = text
        .split(/\r?\n/)
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '');
      return { ok: true, value: entries.length === 0 ? undefined : entries };
    }
    default: {
      const never: never = field.type;
      return { ok: false, message: `Unknown field type ${String(never)}` };
    }
  }
}

/** True when two stored values are the same (so committing one over the other is no change). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
