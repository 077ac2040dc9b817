import { type OnMove, useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { Peer } from '../collab/presence.ts';
import { readFollowing, shareFollowing } from './followingPresence.ts';
import {
  type Following,
  type FollowPeer,
  followReducer,
  NOT_FOLLOWING,
  noticeSummons,
  whyNotFollow,
} from './followState.ts';
import { sameViewport, viewportToShow } from './viewFit.ts';

/** Glides between a leader's updates (they come ten times a second). */
const FOLLOW_MS = 100;
/** A jump to someone else's view is animated, so people see where they were taken. */
const JUMP_MS = 400;

/** The canvas's viewport events that follow-mode listens to (spread onto React Flow). */
export interface ViewportEvents {
  onMove: OnMove;
}

/**
 * What ties the canvas's pan and zoom to follow-mode: its events are made once, by the
 * component that draws the canvas, and whoever follows listens to them through it, so
 * presence (held below the canvas's owner) never re-renders the canvas.
 */
export interface FollowLink {
  viewportEvents: ViewportEvents;
  /** Set by follow-mode: called when the participant moves the view themselves. */
  onUserMove: (() => void) | null;
}

/** A link whose events reach whatever follow-mode listens later. */
export function createFollowLink(): FollowLink {
  const link: FollowLink = {
    onUserMove: null,
    viewportEvents: {
      // React Flow passes an event only for moves the user makes.
      onMove: (event) => {
        if (event) link.onUserMove?.();
      },
    },
  };
  return link;
}

/** Following someone's view: whom, why, and how to start and stop. */
export interface Follow {
  /** The participant this one follows, or null. */
  leader: Peer | null;
  /** Following because the facilitator called "Follow me" (rather than by choice). */
  byCall: boolean;
  /** Whom each participant present follows, by client id. */
  following: ReadonlyMap<number, Following>;
  /** Follows someone's view; answers why not (plain English) when they cannot be followed. */
  follow: (clientId: number) => string | null;
  stop: () => void;
  viewportEvents: ViewportEvents;
}

/**
 * Follow-mode for this participant: follows the facilitator's "Follow me" and anyone chosen
 * from the participant list, jumps once to the facilitator's view when they bring everyone
 * there, and stops following on the participant's own pan or zoom, on Escape, or when the
 * leader leaves. Needs the React Flow provider.
 */
export function useFollow(awareness: Awareness, peers: readonly Peer[], link?: FollowLink): Follow {
  const flow = useReactFlow();
  const store = useStoreApi();
  const paneWidth = useStore((s) => s.width);
  const paneHeight = useStore((s) => s.height);
  const [state, dispatch] = useReducer(followReducer, NOT_FOLLOWING);

  // `peers` is re-read on every presence change, so this reads the `following` fields as fresh.
  const following = useMemo(() => {
    void peers;
    return readFollowing(awareness);
  }, [awareness, peers]);
  const followPeers = useMemo<FollowPeer[]>(
    () =>
      peers.map((p) => ({
        clientId: p.clientId,
        isSelf: p.isSelf,
        facilitator: p.facilitator,
        following: following.get(p.clientId) ?? null,
      })),
    [peers, following],
  );
  const followPeersRef = useRef(followPeers);
  followPeersRef.current = followPeers;
  const leaderRef = useRef(state.leader);
  leaderRef.current = state.leader;

  useEffect(() => dispatch({ type: 'peers', peers: followPeers }), [followPeers]);

  useEffect(
    () =>
      shareFollowing(
        awareness,
        state.leader === null ? null : { clientId: state.leader, byCall: state.byCall },
      ),
    [awareness, state.leader, state.byCall],
  );

  const showViewOf = useCallback(
    (peer: Peer | undefined, duration: number) => {
      if (!peer?.viewport) return;
      const { width, height, minZoom, maxZoom } = store.getState();
      const target = viewportToShow(peer.viewport, { width, height }, { minZoom, maxZoom });
      if (target && !sameViewport(target, flow.getViewport())) {
        void flow.setViewport(target, { duration });
      }
    },
    [flow, store],
  );

  // While following, the view keeps up with the leader's (and with this pane's size).
  const leader = peers.find((p) => p.clientId === state.leader && !p.isSelf) ?? null;
  const leaderView = leader?.viewport;
  const startedFollowing = useRef<number | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run when the leader's view or this pane changes, not on every presence change
  useEffect(() => {
    if (!leader) {
      startedFollowing.current = null;
      return;
    }
    const first = startedFollowing.current !== leader.clientId;
    startedFollowing.current = leader.clientId;
    showViewOf(leader, first ? JUMP_MS : FOLLOW_MS);
  }, [
    leader?.clientId,
    leaderView?.x,
    leaderView?.y,
    leaderView?.zoom,
    leaderView?.width,
    leaderView?.height,
    paneWidth,
    paneHeight,
    showViewOf,
  ]);

  // "Bring everyone here": one jump to the facilitator's view; following anyone else ends.
  const seenSummons = useRef(new Map<number, number | null>());
  useEffect(() => {
    const { seen, summoner } = noticeSummons(seenSummons.current, followPeers);
    seenSummons.current = seen;
    if (summoner === null) return;
    if (leaderRef.current !== null && leaderRef.current !== summoner) dispatch({ type: 'stop' });
    showViewOf(
      peers.find((p) => p.clientId === summoner),
      JUMP_MS,
    );
  }, [followPeers, peers, showViewOf]);

  const stop = useCallback(() => dispatch({ type: 'stop' }), []);
  const follow = useCallback((clientId: number) => {
    const reason = whyNotFollow(clientId, followPeersRef.current);
    if (reason === null) dispatch({ type: 'follow', clientId, peers: followPeersRef.current });
    return reason;
  }, []);

  // Taking the view back: Escape, or the zoom buttons and minimap (which move the view
  // without a user event reaching onMove).
  const isFollowing = state.leader !== null;
  useEffect(() => {
    if (!isFollowing) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !isTyping(event.target)) stop();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Element | null;
      if (target?.closest?.('.react-flow__controls, .react-flow__minimap')) stop();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer, true);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer, true);
    };
  }, [isFollowing, stop]);

  // React Flow passes an event only for moves the user makes: following then stops.
  const ownLink = useMemo(() => link ?? createFollowLink(), [link]);
  useEffect(() => {
    ownLink.onUserMove = () => {
      if (leaderRef.current !== null) dispatch({ type: 'stop' });
    };
    return () => {
      ownLink.onUserMove = null;
    };
  }, [ownLink]);

  const byCall = leader !== null && state.byCall;
  return useMemo(
    () => ({ leader, byCall, following, follow, stop, viewportEvents: ownLink.viewportEvents }),
    [leader, byCall, following, follow, stop, ownLink],
  );
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
