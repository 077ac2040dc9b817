import type { FieldDef } from '../../../shared/model/fields.ts';

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/**
 * The text an input shows for a stored value: the inverse of `parseValue`. Values of the
 * wrong shape (which readMap already drops) show as empty rather than as "[object Object]".
 */
export function formatValue(field: FieldDef, value: unknown): string {
  if (value === undefined || value === null) return '';
  switch (field.type) {
    case 'text':
    case 'longText':
    case 'date':
    case 'choice':
      return typeof value === 'string' ? value : '';
    case 'number':
    case 'money':
      return typeof value === 'number' && Number.isFinite(value) ? grouped.format(value) : '';
    case 'boolean':
      return value === true ? 'yes' : value === false ? 'no' : '';
    case 'list':
      return Array.isArray(value) ? value.filter((v) => typeof v === 'string').join('\n') : '';
    default: {
      const never: never = field.type;
      return String(never);
    }
  }
}

/** True when a field has nothing stored. */
export function isEmptyValue(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}
