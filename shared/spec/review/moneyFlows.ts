import type { GovernanceSpec, SpecRelationship } from '../specSchema.ts';
import { toDelegation } from './delegations.ts';
import type { MoneyFlow, MoneyReview, ReceivedTotal, ReviewPooledFund } from './reviewTypes.ts';
import { byName, type SpecIndex } from './specIndex.ts';

/** Pooled fund types in words. */
const FUND_TYPE_LABEL: Record<string, string> = {
  s75: 'Section 75 pooled budget',
  s65z6: 'Section 65Z6 joint fund',
  delegated: 'Delegated budget',
  aligned: 'Aligned budget',
};

/**
 * Section (c): every `funds` edge, the pooled funds, and the delegated financial limits, with
 * totals. Amounts that are not recorded are counted as missing, never as £0.
 */
export function moneyFlows(spec: GovernanceSpec, index: SpecIndex): MoneyReview {
  const fundsEdges = index.edges('funds');
  const flows = fundsEdges.map((edge) => toFlow(edge, index)).sort(byFromThenTo);

  const received = new Map<string, ReceivedTotal>();
  for (const edge of fundsEdges) {
    const total = received.get(edge.to) ?? {
      id: edge.to,
      name: index.name(edge.to),
      totalGBP: 0,
      recorded: 0,
      notRecorded: 0,
    };
    if (edge.amountGBP === undefined) total.notRecorded += 1;
    else {
      total.totalGBP += edge.amountGBP;
      total.recorded += 1;
    }
    received.set(edge.to, total);
  }

  const pooledFunds = spec.bodies
    .filter((body) => body.kind === 'pooled-fund')
    .sort(byName)
    .map((fund): ReviewPooledFund => {
      const funders = fundsEdges
        .filter((edge) => edge.to === fund.id)
        .map((edge) => ({
          id: edge.id,
          name: index.name(edge.from),
          ...(edge.amountGBP !== undefined ? { amountGBP: edge.amountGBP } : {}),
        }))
        .sort(byName);
      const fundType = fund.fundType && (FUND_TYPE_LABEL[fund.fundType] ?? fund.fundType);
      return {
        id: fund.id,
        name: fund.name,
        ...(fundType ? { fundType } : {}),
        ...(fund.amountGBP !== undefined ? { amountGBP: fund.amountGBP } : {}),
        hosts: index
          .edges('hosts')
          .filter((edge) => edge.to === fund.id)
          .map((edge) => index.name(edge.from))
          .sort((a, b) => a.localeCompare(b, 'en-GB')),
        funders,
        fundedGBP: sum(funders.map((funder) => funder.amountGBP)),
      };
    });

  const delegatedLimits = index
    .edges('delegates')
    .filter((edge) => edge.amountGBP !== undefined)
    .map((edge) => toDelegation(edge, index))
    .sort(byFromThenTo);

  return {
    flows,
    totalFlowingGBP: sum(flows.map((flow) => flow.amountGBP)),
    flowsNotRecorded: flows.filter((flow) => flow.amountGBP === undefined).length,
    received: [...received.values()].sort(byName),
    pooledFunds,
    delegatedLimits,
    totalDelegatedLimitsGBP: sum(delegatedLimits.map((delegation) => delegation.limitGBP)),
  };
}

function toFlow(edge: SpecRelationship, index: SpecIndex): MoneyFlow {
  return {
    id: edge.id,
    from: index.name(edge.from),
    to: index.name(edge.to),
    ...(edge.amountGBP !== undefined ? { amountGBP: edge.amountGBP } : {}),
  };
}

/** The sum of the amounts that are recorded. */
function sum(amounts: readonly (number | undefined)[]): number {
  return amounts.reduce<number>((total, amount) => total + (amount ?? 0), 0);
}

function byFromThenTo(a: { from: string; to: string }, b: { from: string; to: string }): number {
  return byName({ name: a.from }, { name: b.from }) || byName({ name: a.to }, { name: b.to });
}
