import { REVIEW_SECTIONS } from '../../../shared/spec/review/reviewSections.ts';
import type { DelegationGroup } from '../../../shared/spec/review/reviewTypes.ts';
import { Money } from './Money.tsx';

/** Section (d): each delegating body with what it delegates, to whom, on what basis. */
export function DelegationsSection({ delegations }: { delegations: readonly DelegationGroup[] }) {
  return (
    <section className="review-section" aria-labelledby="review-delegations">
      <h2 id="review-delegations">{REVIEW_SECTIONS.delegations}</h2>
      {delegations.length === 0 && <p className="review-missing">No delegations are recorded.</p>}
      {delegations.map((group) => (
        <div key={group.id} className="review-footprint">
          <h3>{group.from}</h3>
          <table className="review-table">
            <thead>
              <tr>
                <th scope="col">Delegates to</th>
                <th scope="col">Function</th>
                <th scope="col">Legal basis</th>
                <th scope="col" className="review-amount">
                  Limit
                </th>
              </tr>
            </thead>
            <tbody>
              {group.delegations.map((delegation) => (
                <tr key={delegation.id}>
                  <td>{delegation.to}</td>
                  <td>
                    {delegation.function ?? (
                      <span className="review-missing">function not recorded</span>
                    )}
                  </td>
                  <td>
                    {delegation.legalBasis ?? <span className="review-missing">not recorded</span>}
                  </td>
                  <td className="review-amount">
                    <Money amount={delegation.limitGBP} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
