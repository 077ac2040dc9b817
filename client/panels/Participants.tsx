import type { Peer } from '../collab/presence.ts';

/** Who is on the map now, each with their colour and role. */
export function Participants({ peers }: { peers: readonly Peer[] }) {
  return (
    <section className="participants" aria-label="Participants">
      <h2>
        Here now <span className="count">{peers.length}</span>
      </h2>
      <ul data-testid="participants">
        {peers.map((peer) => (
          <li key={peer.clientId}>
            <span className="dot" style={{ background: peer.user.color }} aria-hidden="true" />
            <span className="name">
              {peer.user.name}
              {peer.isSelf && <span className="muted"> (you)</span>}
            </span>
            <span className="role">{peer.user.role}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
