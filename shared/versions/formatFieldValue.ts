import type { FieldDef } from '../model/fields.ts';
import { formatDate } from '../spec/review/formatDate.ts';
import { formatMoneyExact } from '../spec/review/formatMoney.ts';

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** True when a stored value means "not set". */
export function isUnset(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/**
 * A stored attribute as people read it in a comparison ("Section 75 pooled budget",
 * "£1,200,000", "Yes", "15 January 2026"), or null when it is not set. A field this version
 * does not know (`field` undefined) is shown as plainly as its value allows.
 */
export function formatFieldValue(field: FieldDef | undefined, value: unknown): string | null {
  if (isUnset(value)) return null;
  const type = field?.type;
  switch (type) {
    case 'choice':
      return field?.options?.find((option) => option.value === value)?.label ?? plain(value);
    case 'boolean':
      return value === true ? 'Yes' : value === false ? 'No' : plain(value);
    case 'money':
      return typeof value === 'number' ? formatMoneyExact(value) : plain(value);
    case 'number':
      return typeof value === 'number' ? NUMBER.format(value) : plain(value);
    case 'date':
      return typeof value === 'string' ? formatDate(value) : plain(value);
    case 'list':
    case 'text':
    case 'longText':
    case undefined:
      return plain(value);
    default: {
      const never: never = type;
      return plain(never);
    }
  }
}

function plain(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return NUMBER.format(value);
  if (Array.isArray(value)) return value.map((item) => plain(item)).join('; ');
  return JSON.stringify(value);
}
