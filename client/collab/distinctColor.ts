import { PARTICIPANT_COLORS } from './identity.ts';
import type { Peer } from './presence.ts';

/**
 * The colour this participant should show: their own, unless someone who joined earlier
 * (a lower client id) already shows it, in which case the first colour nobody uses.
 */
export function distinctColor(peers: readonly Peer[], self: Peer): string {
  const takenEarlier = peers.some(
    (peer) => !peer.isSelf && peer.clientId < self.clientId && peer.user.color === self.user.color,
  );
  if (!takenEarlier) return self.user.color;
  const used = new Set(peers.filter((peer) => !peer.isSelf).map((peer) => peer.user.color));
  return PARTICIPANT_COLORS.find((color) => !used.has(color)) ?? self.user.color;
}
