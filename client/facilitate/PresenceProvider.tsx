import { createContext, type ReactNode, useContext } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { Peer } from '../collab/presence.ts';
import { usePeers } from '../collab/usePeers.ts';
import { type Follow, type FollowLink, useFollow } from './useFollow.ts';

const PeersContext = createContext<readonly Peer[] | null>(null);
const FollowContext = createContext<Follow | null>(null);

/**
 * Holds who is on the map and whom this participant follows, for the components that show
 * people. It wraps the workspace's content as `children`: when presence changes only this
 * and the readers of `usePresentPeers`/`useFollowing` re-render, not the workspace, its
 * panels or the canvas.
 */
export function PresenceProvider({
  awareness,
  link,
  children,
}: {
  awareness: Awareness;
  /** The canvas's viewport events, which stop following when the participant moves the view. */
  link: FollowLink;
  children: ReactNode;
}) {
  const peers = usePeers(awareness);
  const follow = useFollow(awareness, peers, link);
  return (
    <PeersContext.Provider value={peers}>
      <FollowContext.Provider value={follow}>{children}</FollowContext.Provider>
    </PeersContext.Provider>
  );
}

/** Everyone on the map now (pointer moves aside), from the nearest PresenceProvider. */
export function usePresentPeers(): readonly Peer[] {
  const peers = useContext(PeersContext);
  if (!peers) throw new Error('usePresentPeers needs a PresenceProvider');
  return peers;
}

/** This participant's follow-mode, from the nearest PresenceProvider. */
export function useFollowing(): Follow {
  const follow = useContext(FollowContext);
  if (!follow) throw new Error('useFollowing needs a PresenceProvider');
  return follow;
}
