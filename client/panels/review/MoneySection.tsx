import { REVIEW_SECTIONS } from '../../../shared/spec/review/reviewSections.ts';
import type { MoneyReview } from '../../../shared/spec/review/reviewTypes.ts';
import { Money } from './Money.tsx';

function NotCounted({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <span className="review-missing">
      {' '}
      ({count} {count === 1 ? 'flow has its' : 'flows have their'} amount not recorded, not counted)
    </span>
  );
}

function Flows({ money }: { money: MoneyReview }) {
  if (money.flows.length === 0)
    return <p className="review-missing">No funding flows are recorded.</p>;
  return (
    <>
      <table className="review-table">
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col" className="review-amount">
              Amount
            </th>
          </tr>
        </thead>
        <tbody>
          {money.flows.map((flow) => (
            <tr key={flow.id}>
              <td>{flow.from}</td>
              <td>{flow.to}</td>
              <td className="review-amount">
                <Money amount={flow.amountGBP} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="review-total">
        <strong>
          Total funds flowing: <Money amount={money.totalFlowingGBP} />
        </strong>
        <NotCounted count={money.flowsNotRecorded} />
      </p>
      <h3>Received by each body</h3>
      <table className="review-table">
        <thead>
          <tr>
            <th scope="col">Body</th>
            <th scope="col" className="review-amount">
              Total received
            </th>
          </tr>
        </thead>
        <tbody>
          {money.received.map((total) => (
            <tr key={total.id}>
              <td>{total.name}</td>
              <td className="review-amount">
                <strong>
                  <Money amount={total.recorded === 0 ? undefined : total.totalGBP} />
                </strong>
                {total.recorded > 0 && <NotCounted count={total.notRecorded} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function PooledFunds({ money }: { money: MoneyReview }) {
  if (money.pooledFunds.length === 0) {
    return <p className="review-missing">No pooled funds are recorded.</p>;
  }
  return (
    <table className="review-table">
      <thead>
        <tr>
          <th scope="col">Fund</th>
          <th scope="col">Type</th>
          <th scope="col" className="review-amount">
            Amount
          </th>
          <th scope="col">Hosted by</th>
          <th scope="col">Funded by</th>
        </tr>
      </thead>
      <tbody>
        {money.pooledFunds.map((fund) => (
          <tr key={fund.id}>
            <th scope="row">{fund.name}</th>
            <td>{fund.fundType ?? <span className="review-missing">type not recorded</span>}</td>
            <td className="review-amount">
              <Money amount={fund.amountGBP} />
            </td>
            <td>
              {fund.hosts.join('; ') || <span className="review-missing">no host recorded</span>}
            </td>
            <td>
              {fund.funders.length === 0 ? (
                <span className="review-missing">no funders recorded</span>
              ) : (
                <ul className="review-functions">
                  {fund.funders.map((funder) => (
                    <li key={funder.id}>
                      {funder.name}: <Money amount={funder.amountGBP} />
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DelegatedLimits({ money }: { money: MoneyReview }) {
  if (money.delegatedLimits.length === 0) {
    return <p className="review-missing">No delegated financial limits are recorded.</p>;
  }
  return (
    <>
      <table className="review-table">
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">Function</th>
            <th scope="col" className="review-amount">
              Limit
            </th>
          </tr>
        </thead>
        <tbody>
          {money.delegatedLimits.map((delegation) => (
            <tr key={delegation.id}>
              <td>{delegation.from}</td>
              <td>{delegation.to}</td>
              <td>{delegation.function ?? <span className="review-missing">not recorded</span>}</td>
              <td className="review-amount">
                <Money amount={delegation.limitGBP} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="review-total">
        <strong>
          Total delegated limits: <Money amount={money.totalDelegatedLimitsGBP} />
        </strong>
      </p>
    </>
  );
}

/** Section (c): funding flows, pooled funds and delegated financial limits, with totals. */
export function MoneySection({ money }: { money: MoneyReview }) {
  return (
    <section className="review-section" aria-labelledby="review-money">
      <h2 id="review-money">{REVIEW_SECTIONS.money}</h2>
      <h3>Funds flowing</h3>
      <Flows money={money} />
      <h3>Pooled funds</h3>
      <PooledFunds money={money} />
      <h3>Delegated financial limits</h3>
      <DelegatedLimits money={money} />
    </section>
  );
}
