import { memo } from 'react';
import type { Peer } from '../collab/presence.ts';
import { useFollowing, usePresentPeers } from '../facilitate/PresenceProvider.tsx';

const ROLE_LABEL: Record<Peer['user']['role'], string> = {
  owner: 'Facilitator',
  editor: 'Editor',
  viewer: 'Viewer',
};

/**
 * Who is on the map now, each with their colour and role, whom they follow, and their name
 * as a button to follow their view. Presence is read here, not by the workspace.
 */
export const Participants = memo(function Participants({
  onNotice,
}: {
  onNotice?: (message: string) => void;
}) {
  const peers = usePresentPeers();
  const follow = useFollowing();
  const nameOf = (clientId: number) => {
    const peer = peers.find((p) => p.clientId === clientId);
    if (!peer) return null;
    return peer.isSelf ? 'you' : peer.user.name;
  };

  const toggle = (peer: Peer) => {
    if (follow.leader?.clientId === peer.clientId) {
      follow.stop();
      return;
    }
    const refusal = follow.follow(peer.clientId);
    if (refusal) onNotice?.(refusal);
  };

  return (
    <section className="participants" aria-label="Participants">
      <h2>
        Here now <span className="count">{peers.length}</span>
      </h2>
      <ul data-testid="participants">
        {peers.map((peer) => {
          const leads = follow.following.get(peer.clientId);
          const leaderName = leads ? nameOf(leads.clientId) : null;
          const followed = follow.leader?.clientId === peer.clientId;
          const facilitating = peer.facilitator?.followMe === true;
          return (
            <li
              key={peer.clientId}
              className={followed ? 'followed' : undefined}
              data-client-id={peer.clientId}
            >
              <span className="dot" style={{ background: peer.user.color }} aria-hidden="true" />
              <span className="participant">
                {!peer.isSelf ? (
                  <button
                    type="button"
                    className="name follow-name"
                    onClick={() => toggle(peer)}
                    aria-label={
                      followed ? `Stop following ${peer.user.name}` : `Follow ${peer.user.name}`
                    }
                    title={followed ? 'Stop following their view' : 'Follow their view'}
                  >
                    {peer.user.name}
                    <span className="follow-hint" aria-hidden="true">
                      {followed ? 'Following' : 'Follow'}
                    </span>
                  </button>
                ) : (
                  <span className="name">
                    {peer.user.name}
                    {peer.isSelf && <span className="muted"> (you)</span>}
                  </span>
                )}
                {(leaderName || facilitating) && (
                  <span className="participant-status">
                    {[
                      facilitating && 'asks everyone to follow',
                      leaderName && `following ${leaderName}`,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                )}
              </span>
              <span className="role" data-role={peer.user.role}>
                {ROLE_LABEL[peer.user.role]}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
});
