import type { FacilitatorCall } from '../collab/presence.ts';

/** Whom a participant follows, as they share it with everyone. */
export interface Following {
  clientId: number;
  /** True when they follow because the facilitator called "Follow me", false when they chose to. */
  byCall: boolean;
}

/** A participant, as the decision of whom to follow needs them. */
export interface FollowPeer {
  clientId: number;
  isSelf: boolean;
  facilitator: FacilitatorCall | null;
  following: Following | null;
}

/** Whom this participant follows, and why. */
export interface FollowState {
  leader: number | null;
  /** Following because the facilitator called "Follow me" (rather than by choice). */
  byCall: boolean;
  /**
   * The facilitator whose "Follow me" was last heard. A call is answered once, when it is made,
   * so whoever steps out of it by moving their own view stays out until the next call.
   */
  call: number | null;
}

/** What changes whom this participant follows. */
export type FollowAction =
  | { type: 'peers'; peers: readonly FollowPeer[] }
  | { type: 'follow'; clientId: number; peers: readonly FollowPeer[] }
  | { type: 'stop' };

/** Following no one, and no call heard yet. */
export const NOT_FOLLOWING: FollowState = { leader: null, byCall: false, call: null };

/** The next follow state: presence changed, a name was clicked, or the view was taken back. */
export function followReducer(state: FollowState, action: FollowAction): FollowState {
  switch (action.type) {
    case 'peers':
      return onPeers(state, action.peers);
    case 'follow': {
      if (whyNotFollow(action.clientId, action.peers) !== null) return state;
      if (state.leader === action.clientId) return state;
      return { ...state, leader: action.clientId, byCall: action.clientId === state.call };
    }
    case 'stop':
      return state.leader === null ? state : { ...state, leader: null, byCall: false };
    default: {
      const unknown: never = action;
      return unknown;
    }
  }
}

function onPeers(state: FollowState, peers: readonly FollowPeer[]): FollowState {
  let { leader, byCall, call } = state;
  if (leader !== null && !peers.some((p) => p.clientId === leader && !p.isSelf)) {
    leader = null;
    byCall = false;
  }
  const caller = followMeCaller(peers);
  if (caller !== call) {
    // The call ended or changed hands: whoever followed because of it stops, and a new call
    // is answered by everyone, whatever they were following by choice.
    if (byCall) {
      leader = null;
      byCall = false;
    }
    if (caller !== null) {
      leader = caller;
      byCall = true;
    }
    call = caller;
  }
  if (leader !== null && breaksCycle(leader, byCall, peers)) {
    leader = null;
    byCall = false;
  }
  if (leader === state.leader && byCall === state.byCall && call === state.call) return state;
  return { leader, byCall, call };
}

/** The facilitator (not this participant) now asking everyone to follow them, if any. */
export function followMeCaller(peers: readonly FollowPeer[]): number | null {
  return peers.find((p) => !p.isSelf && p.facilitator?.followMe === true)?.clientId ?? null;
}

/** Why this participant may not follow someone (plain English), or null when they may. */
export function whyNotFollow(clientId: number, peers: readonly FollowPeer[]): string | null {
  const target = peers.find((p) => p.clientId === clientId);
  if (!target) return 'They have left the map.';
  if (target.isSelf) return 'You cannot follow yourself.';
  const chain = chainFrom(clientId, peers);
  if (chain.reachesSelf) {
    return chain.members.length === 1
      ? 'They are following you, so you already see the same view.'
      : 'They are following someone who follows you, so you already see the same view.';
  }
  return null;
}

/**
 * Whether this participant, following `leader`, closes a loop of followers and should stop:
 * views chasing each other round a loop would drift. One link breaks: one made by the
 * facilitator's call if there is one (a call does not pull in whoever the facilitator chose
 * to follow), otherwise that of the participant with the lowest client id, which everyone
 * in the loop works out alike.
 */
export function breaksCycle(
  leader: number,
  byCall: boolean,
  peers: readonly FollowPeer[],
): boolean {
  const self = peers.find((p) => p.isSelf);
  if (!self) return false;
  const chain = chainFrom(leader, peers);
  if (!chain.reachesSelf) return false;
  const links = [{ clientId: self.clientId, byCall }, ...chain.members];
  if (links.some((link) => link.byCall)) return byCall;
  return self.clientId === Math.min(...links.map((link) => link.clientId));
}

interface Chain {
  /** The participants along the way (before this one), each with why they follow. */
  members: Array<{ clientId: number; byCall: boolean }>;
  reachesSelf: boolean;
}

// Walks from a participant along whom each follows, until no one, a loop, or back to self.
function chainFrom(start: number, peers: readonly FollowPeer[]): Chain {
  const byId = new Map(peers.map((p) => [p.clientId, p]));
  const members: Chain['members'] = [];
  const visited = new Set<number>();
  let current = byId.get(start);
  while (current && !visited.has(current.clientId)) {
    if (current.isSelf) return { members, reachesSelf: true };
    visited.add(current.clientId);
    const next = current.following;
    if (!next) break;
    members.push({ clientId: current.clientId, byCall: next.byCall });
    current = byId.get(next.clientId);
  }
  return { members, reachesSelf: false };
}

/** A `following` value from someone's presence, or null when absent or malformed. */
export function parseFollowing(value: unknown): Following | null {
  if (!value || typeof value !== 'object') return null;
  const { clientId, byCall } = value as Partial<Following>;
  if (typeof clientId !== 'number' || !Number.isInteger(clientId)) return null;
  return { clientId, byCall: byCall === true };
}

/**
 * Which facilitator, if any, has just asked everyone to come to their view: a `summonAt` that
 * changed since it was last seen. Someone first seen is only noted, so joining late does not
 * replay an old call. Returns the summons seen now, for next time.
 */
export function noticeSummons(
  seen: ReadonlyMap<number, number | null>,
  peers: readonly FollowPeer[],
): { seen: Map<number, number | null>; summoner: number | null } {
  const next = new Map<number, number | null>();
  let summoner: number | null = null;
  let latest = Number.NEGATIVE_INFINITY;
  for (const peer of peers) {
    if (peer.isSelf) continue;
    const at = peer.facilitator?.summonAt ?? null;
    next.set(peer.clientId, at);
    const before = seen.get(peer.clientId);
    if (before === undefined || at === null || at === before) continue;
    if (at > latest) {
      latest = at;
      summoner = peer.clientId;
    }
  }
  return { seen: next, summoner };
}
