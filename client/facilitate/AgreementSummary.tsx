import type { EdgeRecord, NodeRecord } from '../../shared/ydoc/schema.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { TallyBar } from './TallyBar.tsx';
import { formatAgreedAt } from './voteTally.ts';
import './facilitate.css';

/**
 * For the inspector: when the element was agreed and the final tally of its last vote, or
 * the live tally while a vote on it is open. Nothing for an element never voted on.
 */
export function AgreementSummary({ record }: { record: NodeRecord | EdgeRecord }) {
  const { votes } = useWorkshop();
  const open = votes.get(record.id);
  const agreedAt = record.status === 'agreed' ? record.agreedAt : undefined;
  if (!open && !agreedAt && !record.tally) return null;
  return (
    <section className="agreement-summary" data-testid="agreement-summary" aria-label="Agreement">
      {agreedAt && (
        <p className="agreement-when">
          Agreed on <time dateTime={agreedAt}>{formatAgreedAt(agreedAt)}</time>
        </p>
      )}
      {record.tally && (
        <div className="agreement-tally">
          <div className="inspector-field-label">
            {record.status === 'agreed' ? 'Final vote' : 'Last vote'}
          </div>
          <TallyBar tally={record.tally} />
        </div>
      )}
      {open && (
        <div className="agreement-tally">
          <div className="inspector-field-label">Vote open now</div>
          <TallyBar tally={open.tally} />
        </div>
      )}
    </section>
  );
}
