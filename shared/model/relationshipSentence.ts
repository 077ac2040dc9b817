import type { EdgeRecord } from '../ydoc/schema.ts';
import { formatGBP } from './describeBody.ts';
import { RELATIONSHIP_KIND_LABEL } from './relationshipKinds.ts';

const STATUS_NOTE = { proposed: ', proposed', agreed: '', disputed: ', disputed' } as const;

/**
 * A relationship said in words, for screen readers and lists: "NHS Northshire ICB
 * commissions Northshire Hospitals Trust", with the delegated function or amount after a
 * colon and the status when it is not agreed. Names, never ids.
 */
export function relationshipSentence(
  record: Pick<EdgeRecord, 'kind' | 'status' | 'attrs'>,
  sourceName: string,
  targetName: string,
): string {
  const verb =
    record.kind === 'member-of' && record.attrs.voting === false
      ? 'is a non-voting member of'
      : record.kind === 'member-of' || record.kind === 'accountable-to'
        ? `is ${RELATIONSHIP_KIND_LABEL[record.kind]}`
        : RELATIONSHIP_KIND_LABEL[record.kind];
  const details: string[] = [];
  const fn = record.attrs.function;
  if (record.kind === 'delegates' && typeof fn === 'string' && fn.trim()) details.push(fn.trim());
  const amount = record.attrs.amountGBP;
  if (typeof amount === 'number') details.push(formatGBP(amount));
  const detail = details.length > 0 ? `: ${details.join(', ')}` : '';
  return `${sourceName} ${verb} ${targetName}${detail}${STATUS_NOTE[record.status]}`;
}
