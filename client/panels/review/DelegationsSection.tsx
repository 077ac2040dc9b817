import { REVIEW_SECTIONS } from '../../../shared/spec/review/reviewSections.ts';
import type { DelegationGroup } from '../../../shared/spec/review/reviewTypes.ts';
import { Money } from './Money.tsx';
import { Missing, ReviewTable } from './ReviewTable.tsx';

/** Section (d): each delegating body with what it delegates, to whom, on what basis. */
export function DelegationsSection({ delegations }: { delegations: readonly DelegationGroup[] }) {
  return (
    <section className="review-section" aria-labelledby="review-delegations">
      <h2 id="review-delegations">{REVIEW_SECTIONS.delegations}</h2>
      {delegations.length === 0 && <p className="review-missing">No delegations are recorded.</p>}
      {delegations.map((group) => (
        <div key={group.id} className="review-footprint">
          <h3>{group.from}</h3>
          <ReviewTable
            rows={group.delegations}
            columns={[
              { header: 'Delegates to', cell: (delegation) => delegation.to },
              {
                header: 'Function',
                cell: (delegation) =>
                  delegation.function ?? <Missing>function not recorded</Missing>,
              },
              {
                header: 'Legal basis',
                cell: (delegation) => delegation.legalBasis ?? <Missing>not recorded</Missing>,
              },
              {
                header: 'Limit',
                amount: true,
                cell: (delegation) => <Money amount={delegation.limitGBP} />,
              },
            ]}
          />
        </div>
      ))}
    </section>
  );
}
