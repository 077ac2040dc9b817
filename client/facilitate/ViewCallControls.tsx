import { useStoreApi } from '@xyflow/react';
import type { Awareness } from 'y-protocols/awareness';
import type { FacilitatorCall } from '../collab/presence.ts';
import { FacilitatorSection } from './FacilitatorSection.tsx';
import { useFollowing, usePresentPeers } from './PresenceProvider.tsx';
import { sharedViewportOf } from './useShareViewport.ts';

const NO_CALL: FacilitatorCall = { followMe: false, summonAt: null };

/**
 * The facilitator's calls on everyone's view: "Bring everyone here" (each view jumps once to
 * show what the facilitator sees) and "Follow me" (views follow the facilitator's until each
 * person moves their own).
 */
export function ViewCallControls({
  awareness,
  onNotice,
}: {
  awareness: Awareness;
  onNotice: (message: string) => void;
}) {
  const peers = usePresentPeers();
  const follow = useFollowing();
  const store = useStoreApi();
  const self = peers.find((p) => p.isSelf);
  const call = self?.facilitator ?? NO_CALL;
  const others = peers.filter((p) => !p.isSelf).length;
  const followers = self
    ? [...follow.following.values()].filter((f) => f.clientId === self.clientId).length
    : 0;

  // The view and the call go out in one presence update, so no one jumps to a stale view.
  const sendCall = (next: FacilitatorCall) =>
    awareness.setLocalState({
      ...awareness.getLocalState(),
      viewport: sharedViewportOf(store.getState()),
      facilitator: next,
    });

  const summon = () => {
    follow.stop();
    sendCall({ ...call, summonAt: Date.now() });
    onNotice(
      others === 0
        ? 'No one else is here yet.'
        : `Brought ${others === 1 ? 'the other participant' : `all ${others} others`} to your view.`,
    );
  };

  const toggleFollowMe = () => {
    if (!call.followMe) follow.stop();
    sendCall({ ...call, followMe: !call.followMe });
  };

  return (
    <FacilitatorSection label="Everyone's view">
      <button
        type="button"
        onClick={summon}
        title="Move everyone's view, once, to show what you see now"
      >
        Bring everyone here
      </button>
      <button
        type="button"
        className={call.followMe ? 'follow-me on' : 'follow-me'}
        aria-pressed={call.followMe}
        onClick={toggleFollowMe}
        title={
          call.followMe
            ? 'Stop asking everyone to follow your view'
            : "Everyone's view follows yours until they move it themselves"
        }
      >
        Follow me
        {call.followMe && (
          <span
            className="follower-count"
            data-testid="follower-count"
            title={`${followers} of the ${others} others follow your view`}
          >
            {followers}/{others}
          </span>
        )}
      </button>
    </FacilitatorSection>
  );
}
