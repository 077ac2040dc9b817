import type { EdgeRecord } from '../ydoc/schema.ts';
import { formatGBP } from './describeBody.ts';
import { catalogueFunction, functionLabel } from './functionCatalogue.ts';
import { RELATIONSHIP_KIND_LABEL } from './relationshipKinds.ts';

/** The words on a relationship: its own label, or its kind with the function or amount. */
export function edgeLabel(record: EdgeRecord): string {
  if (record.label) return record.label;
  const base = RELATIONSHIP_KIND_LABEL[record.kind];
  const fn = record.attrs.function;
  const amount = record.attrs.amountGBP;
  const parts = [base];
  if (record.kind === 'delegates' && typeof fn === 'string') {
    // A catalogue id ("specialised-services") reads as its name; free text as written.
    const named = catalogueFunction(fn) === fn.trim() ? lowerFirstLetter(functionLabel(fn)) : fn;
    parts[0] = `delegates: ${named}`;
  }
  if (typeof amount === 'number') parts.push(formatGBP(amount));
  if (record.kind === 'member-of' && record.attrs.voting === false)
    parts[0] = 'member of (non-voting)';
  return parts.join(' · ');
}

function lowerFirstLetter(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
