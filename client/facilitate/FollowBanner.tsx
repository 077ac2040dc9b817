import type { CSSProperties } from 'react';
import { useFollowing } from './PresenceProvider.tsx';

/**
 * While this participant follows someone: a frame in the leader's colour round the canvas and
 * a banner at its top saying whom, with the way out.
 */
export function FollowBanner() {
  const follow = useFollowing();
  const { leader, byCall } = follow;
  if (!leader) return null;
  const style = { '--leader-color': leader.user.color } as CSSProperties;
  return (
    <>
      <div className="follow-frame" style={style} aria-hidden="true" />
      <div className="follow-banner" role="status" style={style}>
        <span className="follow-banner-text">
          Following <strong>{leader.user.name}</strong>
          {byCall && <span className="follow-banner-why"> (facilitator)</span>}
        </span>
        <button type="button" onClick={follow.stop} title="Stop following (Esc, or move the map)">
          Stop following
        </button>
      </div>
    </>
  );
}
