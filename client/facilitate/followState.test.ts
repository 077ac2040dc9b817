import { describe, expect, it } from 'vitest';
import {
  breaksCycle,
  type FollowPeer,
  type FollowState,
  followMeCaller,
  followReducer,
  NOT_FOLLOWING,
  noticeSummons,
  parseFollowing,
  whyNotFollow,
} from './followState.ts';

// Client ids: this participant is 5; the facilitator 1; others 2, 3, 4.
const SELF = 5;
const FACILITATOR = 1;

function peer(clientId: number, extra: Partial<FollowPeer> = {}): FollowPeer {
  return { clientId, isSelf: clientId === SELF, facilitator: null, following: null, ...extra };
}

function room(...others: FollowPeer[]): FollowPeer[] {
  const self = others.find((p) => p.isSelf) ?? peer(SELF);
  return [self, ...others.filter((p) => !p.isSelf)];
}

const facilitator = (followMe: boolean, summonAt: number | null = null) =>
  peer(FACILITATOR, { facilitator: { followMe, summonAt } });

function run(state: FollowState, ...rooms: FollowPeer[][]): FollowState {
  return rooms.reduce((s, peers) => followReducer(s, { type: 'peers', peers }), state);
}

describe('choosing whom to follow', () => {
  it('follows someone clicked in the list, by choice', () => {
    const peers = room(peer(2), peer(3));
    expect(followReducer(NOT_FOLLOWING, { type: 'follow', clientId: 3, peers })).toEqual({
      leader: 3,
      byCall: false,
      call: null,
    });
  });

  it('does not follow oneself, someone gone, or someone who follows back', () => {
    const peers = room(peer(2, { following: { clientId: SELF, byCall: false } }), peer(3));
    for (const clientId of [SELF, 9, 2]) {
      expect(followReducer(NOT_FOLLOWING, { type: 'follow', clientId, peers })).toBe(NOT_FOLLOWING);
    }
    expect(whyNotFollow(SELF, peers)).toBe('You cannot follow yourself.');
    expect(whyNotFollow(9, peers)).toBe('They have left the map.');
    expect(whyNotFollow(2, peers)).toMatch(/following you/);
    expect(whyNotFollow(3, peers)).toBeNull();
  });

  it('refuses a loop through others too', () => {
    const peers = room(
      peer(2, { following: { clientId: 3, byCall: false } }),
      peer(3, { following: { clientId: SELF, byCall: false } }),
    );
    expect(whyNotFollow(2, peers)).toMatch(/someone who follows you/);
  });

  it('follows along a chain that does not come back (and a loop elsewhere does not hang it)', () => {
    const peers = room(
      peer(2, { following: { clientId: 3, byCall: false } }),
      peer(3, { following: { clientId: 4, byCall: false } }),
      peer(4, { following: { clientId: 3, byCall: false } }),
    );
    expect(whyNotFollow(2, peers)).toBeNull();
  });

  it('stops on request, and stopping twice changes nothing', () => {
    const following = { leader: 3, byCall: false, call: null };
    const stopped = followReducer(following, { type: 'stop' });
    expect(stopped).toEqual(NOT_FOLLOWING);
    expect(followReducer(stopped, { type: 'stop' })).toBe(stopped);
  });

  it('stops when the leader leaves', () => {
    const state = { leader: 3, byCall: false, call: null };
    expect(run(state, room(peer(2)))).toEqual(NOT_FOLLOWING);
  });

  it('keeps the same state object when nothing changes', () => {
    const state = { leader: 3, byCall: false, call: null };
    expect(run(state, room(peer(2), peer(3)))).toBe(state);
  });
});

describe("the facilitator's Follow me", () => {
  it('is heard from someone else only', () => {
    expect(followMeCaller(room(facilitator(true)))).toBe(FACILITATOR);
    expect(followMeCaller(room(facilitator(false)))).toBeNull();
    expect(
      followMeCaller([peer(SELF, { facilitator: { followMe: true, summonAt: null } }), peer(2)]),
    ).toBeNull();
  });

  it('makes everyone follow the facilitator when called, even those following someone else', () => {
    expect(run(NOT_FOLLOWING, room(facilitator(true)))).toEqual({
      leader: FACILITATOR,
      byCall: true,
      call: FACILITATOR,
    });
    const chosen = { leader: 3, byCall: false, call: null };
    expect(run(chosen, room(facilitator(true), peer(3)))).toMatchObject({
      leader: FACILITATOR,
      byCall: true,
    });
  });

  it('is not re-joined after stepping out, until the facilitator calls again', () => {
    const calling = run(NOT_FOLLOWING, room(facilitator(true)));
    const steppedOut = followReducer(calling, { type: 'stop' });
    expect(run(steppedOut, room(facilitator(true)), room(facilitator(true)))).toEqual({
      leader: null,
      byCall: false,
      call: FACILITATOR,
    });
    const again = run(steppedOut, room(facilitator(false)), room(facilitator(true)));
    expect(again).toMatchObject({ leader: FACILITATOR, byCall: true });
  });

  it('can be re-joined by clicking the facilitator’s name, still as the call', () => {
    const steppedOut = followReducer(run(NOT_FOLLOWING, room(facilitator(true))), { type: 'stop' });
    const peers = room(facilitator(true));
    expect(
      followReducer(steppedOut, { type: 'follow', clientId: FACILITATOR, peers }),
    ).toMatchObject({
      leader: FACILITATOR,
      byCall: true,
    });
  });

  it('ends for those who followed because of it when switched off, not for others', () => {
    const byCall = run(NOT_FOLLOWING, room(facilitator(true)));
    expect(run(byCall, room(facilitator(false)))).toEqual(NOT_FOLLOWING);
    const chose = followReducer(run(NOT_FOLLOWING, room(facilitator(true), peer(3))), {
      type: 'follow',
      clientId: 3,
      peers: room(facilitator(true), peer(3)),
    });
    expect(run(chose, room(facilitator(false), peer(3)))).toMatchObject({
      leader: 3,
      byCall: false,
    });
  });

  it('ends when the facilitator leaves', () => {
    const byCall = run(NOT_FOLLOWING, room(facilitator(true)));
    expect(run(byCall, room(peer(2)))).toEqual(NOT_FOLLOWING);
  });

  it('does not pull in the person the facilitator chose to follow', () => {
    // The facilitator follows this participant, then calls "Follow me".
    const peers = room(
      peer(FACILITATOR, {
        facilitator: { followMe: true, summonAt: null },
        following: { clientId: SELF, byCall: false },
      }),
    );
    expect(run(NOT_FOLLOWING, peers)).toEqual({ leader: null, byCall: false, call: FACILITATOR });
  });
});

describe('breaking loops of followers', () => {
  it('breaks a call-made link before a chosen one', () => {
    const peers = room(peer(2, { following: { clientId: SELF, byCall: true } }));
    expect(breaksCycle(2, false, peers)).toBe(false);
    const peersChosen = room(peer(2, { following: { clientId: SELF, byCall: false } }));
    expect(breaksCycle(2, true, peersChosen)).toBe(true);
  });

  it('otherwise breaks the link of the lowest client id, so exactly one gives way', () => {
    // 2 follows 5 (self); 5 follows 2. The lower id, 2, gives way: 5 keeps following.
    const seenBy5 = room(peer(2, { following: { clientId: SELF, byCall: false } }));
    expect(breaksCycle(2, false, seenBy5)).toBe(false);
    // The same loop as 2 sees it: 2 is self and the lowest, so it gives way.
    const seenBy2: FollowPeer[] = [
      { clientId: 2, isSelf: true, facilitator: null, following: null },
      {
        clientId: SELF,
        isSelf: false,
        facilitator: null,
        following: { clientId: 2, byCall: false },
      },
    ];
    expect(breaksCycle(SELF, false, seenBy2)).toBe(true);
  });

  it('leaves a chain without a loop alone', () => {
    expect(
      breaksCycle(2, false, room(peer(2, { following: { clientId: 3, byCall: false } }), peer(3))),
    ).toBe(false);
  });
});

describe('noticeSummons', () => {
  it('notes a facilitator first seen without acting on an old call', () => {
    const { seen, summoner } = noticeSummons(new Map(), room(facilitator(false, 1000)));
    expect(summoner).toBeNull();
    expect(seen.get(FACILITATOR)).toBe(1000);
  });

  it('answers a new call once', () => {
    const first = noticeSummons(new Map(), room(facilitator(false, null)));
    const called = noticeSummons(first.seen, room(facilitator(false, 2000)));
    expect(called.summoner).toBe(FACILITATOR);
    expect(noticeSummons(called.seen, room(facilitator(true, 2000))).summoner).toBeNull();
    expect(noticeSummons(called.seen, room(facilitator(false, 3000))).summoner).toBe(FACILITATOR);
  });

  it('ignores this participant’s own calls', () => {
    const own = peer(SELF, { facilitator: { followMe: false, summonAt: 1 } });
    const first = noticeSummons(new Map(), [own]);
    const next = noticeSummons(first.seen, [
      { ...own, facilitator: { followMe: false, summonAt: 2 } },
    ]);
    expect(next.summoner).toBeNull();
  });

  it('answers the latest of two calls made at once', () => {
    const other = (summonAt: number | null) =>
      peer(2, { facilitator: { followMe: false, summonAt } });
    const first = noticeSummons(new Map(), room(facilitator(false, null), other(null)));
    expect(noticeSummons(first.seen, room(facilitator(false, 5000), other(4000))).summoner).toBe(
      FACILITATOR,
    );
  });
});

describe('parseFollowing', () => {
  it('reads a well-formed value and refuses others', () => {
    expect(parseFollowing({ clientId: 7, byCall: true })).toEqual({ clientId: 7, byCall: true });
    expect(parseFollowing({ clientId: 7 })).toEqual({ clientId: 7, byCall: false });
    for (const bad of [null, undefined, 7, 'x', {}, { clientId: '7' }, { clientId: 1.5 }]) {
      expect(parseFollowing(bad)).toBeNull();
    }
  });
});
