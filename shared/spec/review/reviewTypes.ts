import type { FootprintLevel } from '../../model/footprints.ts';

/** A body as the review names it: its id only keys lists, it is never shown. */
export interface ReviewBodyRef {
  id: string;
  name: string;
  /** Plain-English kind ("Integrated care board"). */
  kindLabel: string;
}

/** One body in "Who does what". */
export interface ReviewBody extends ReviewBodyRef {
  statutory: boolean;
  functions: string[];
  /** The governance model (or, for a committee, its type), in words. */
  governance?: string;
}

/** A footprint with its bodies and the smaller footprints inside it. */
export interface ReviewFootprint {
  id: string;
  name: string;
  level: FootprintLevel;
  levelLabel: string;
  population?: number;
  /** Names of the footprints above this one, largest first. */
  path: string[];
  bodies: ReviewBody[];
  children: ReviewFootprint[];
}

/** Section (a): the footprint tree and the bodies in no footprint. */
export interface WhoDoesWhat {
  footprints: ReviewFootprint[];
  unplaced: ReviewBody[];
}

/** One body in the accountability tree, with the bodies accountable to it. */
export interface AccountabilityNode extends ReviewBodyRef {
  /** True when the body is part of an accountability loop. */
  inCycle: boolean;
  /** Why the branch stops: the line loops back to a body above it, or the loop is shown elsewhere. */
  stop?: 'loops-back' | 'shown-above';
  children: AccountabilityNode[];
}

/** Section (b): who is accountable to whom. */
export interface AccountabilityReview {
  /** Bodies accountable to nobody (or, for a loop nothing leads out of, one body of it). */
  roots: AccountabilityNode[];
  /** Each loop's bodies by name, sorted. */
  cycles: string[][];
  /** Bodies with no accountability line recorded either way. */
  unlinked: ReviewBodyRef[];
}

/** A `funds` edge. */
export interface MoneyFlow {
  id: string;
  from: string;
  to: string;
  amountGBP?: number;
}

/** The money one body receives by `funds` edges. */
export interface ReceivedTotal {
  id: string;
  name: string;
  /** Sum of the recorded amounts. */
  totalGBP: number;
  /** How many of its incoming flows have an amount. */
  recorded: number;
  /** How many do not (they are not counted). */
  notRecorded: number;
}

/** A funder of a pooled fund. */
export interface PooledFundFunder {
  id: string;
  name: string;
  amountGBP?: number;
}

/** A pooled fund with its type, amount, hosts and funders. */
export interface ReviewPooledFund {
  id: string;
  name: string;
  fundType?: string;
  amountGBP?: number;
  hosts: string[];
  funders: PooledFundFunder[];
  /** Sum of the funders' recorded amounts. */
  fundedGBP: number;
}

/** A `delegates` edge, as its delegated function and financial limit. */
export interface ReviewDelegation {
  id: string;
  from: string;
  to: string;
  function?: string;
  legalBasis?: string;
  limitGBP?: number;
}

/** Section (c): how the money flows. */
export interface MoneyReview {
  flows: MoneyFlow[];
  /** Sum of the flows with an amount. */
  totalFlowingGBP: number;
  /** Flows whose amount is not recorded (not counted). */
  flowsNotRecorded: number;
  received: ReceivedTotal[];
  pooledFunds: ReviewPooledFund[];
  /** Delegations that carry a financial limit. */
  delegatedLimits: ReviewDelegation[];
  totalDelegatedLimitsGBP: number;
}

/** The delegations of one delegating body. */
export interface DelegationGroup {
  id: string;
  from: string;
  delegations: ReviewDelegation[];
}

/** A review of a governance spec for system leaders: plain data, names not ids. */
export interface Review {
  title: string;
  description?: string;
  /** ISO 8601 date-time of the spec's export. */
  exportedAt: string;
  includes: 'agreed' | 'all';
  whoDoesWhat: WhoDoesWhat;
  accountability: AccountabilityReview;
  money: MoneyReview;
  delegations: DelegationGroup[];
}
