import { REVIEW_SECTIONS } from '../../../shared/spec/review/reviewSections.ts';
import type { MoneyReview } from '../../../shared/spec/review/reviewTypes.ts';
import { Money } from './Money.tsx';
import { Missing, ReviewTable } from './ReviewTable.tsx';

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
      <ReviewTable
        rows={money.flows}
        columns={[
          { header: 'From', cell: (flow) => flow.from },
          { header: 'To', cell: (flow) => flow.to },
          { header: 'Amount', amount: true, cell: (flow) => <Money amount={flow.amountGBP} /> },
        ]}
      />
      <p className="review-total">
        <strong>
          Total funds flowing: <Money amount={money.totalFlowingGBP} />
        </strong>
        <NotCounted count={money.flowsNotRecorded} />
      </p>
      <h3>Received by each body</h3>
      <ReviewTable
        rows={money.received}
        columns={[
          { header: 'Body', cell: (total) => total.name },
          {
            header: 'Total received',
            amount: true,
            cell: (total) => (
              <>
                <strong>
                  <Money amount={total.recorded === 0 ? undefined : total.totalGBP} />
                </strong>
                {total.recorded > 0 && <NotCounted count={total.notRecorded} />}
              </>
            ),
          },
        ]}
      />
    </>
  );
}

function PooledFunds({ money }: { money: MoneyReview }) {
  if (money.pooledFunds.length === 0) {
    return <p className="review-missing">No pooled funds are recorded.</p>;
  }
  return (
    <ReviewTable
      rows={money.pooledFunds}
      columns={[
        { header: 'Fund', rowHeader: true, cell: (fund) => fund.name },
        { header: 'Type', cell: (fund) => fund.fundType ?? <Missing>type not recorded</Missing> },
        { header: 'Amount', amount: true, cell: (fund) => <Money amount={fund.amountGBP} /> },
        {
          header: 'Hosted by',
          cell: (fund) => fund.hosts.join('; ') || <Missing>no host recorded</Missing>,
        },
        {
          header: 'Funded by',
          cell: (fund) =>
            fund.funders.length === 0 ? (
              <Missing>no funders recorded</Missing>
            ) : (
              <ul className="review-functions">
                {fund.funders.map((funder) => (
                  <li key={funder.id}>
                    {funder.name}: <Money amount={funder.amountGBP} />
                  </li>
                ))}
              </ul>
            ),
        },
      ]}
    />
  );
}

function DelegatedLimits({ money }: { money: MoneyReview }) {
  if (money.delegatedLimits.length === 0) {
    return <p className="review-missing">No delegated financial limits are recorded.</p>;
  }
  return (
    <>
      <ReviewTable
        rows={money.delegatedLimits}
        columns={[
          { header: 'From', cell: (delegation) => delegation.from },
          { header: 'To', cell: (delegation) => delegation.to },
          {
            header: 'Function',
            cell: (delegation) => delegation.function ?? <Missing>not recorded</Missing>,
          },
          {
            header: 'Limit',
            amount: true,
            cell: (delegation) => <Money amount={delegation.limitGBP} />,
          },
        ]}
      />
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
