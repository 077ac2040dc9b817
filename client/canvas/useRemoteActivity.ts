import { useMemo } from 'react';
import type { Position } from '../../shared/ydoc/schema.ts';
import type { Peer } from '../collab/presence.ts';
import type { RemoteActivity, RemoteSelector } from './toFlow.ts';

/**
 * What others are dragging and have selected, recomputed only when that changes — not on
 * every cursor move, which would redraw every node.
 */
export function useRemoteActivity(peers: readonly Peer[]): RemoteActivity {
  const others = peers.filter((peer) => !peer.isSelf);
  const key = JSON.stringify(
    others.map((peer) => [peer.user.name, peer.user.color, peer.selection, peer.dragging]),
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` captures everything read from `others`
  return useMemo(() => {
    const dragging = new Map<string, Position>();
    const selectors = new Map<string, RemoteSelector[]>();
    for (const peer of others) {
      for (const [id, position] of Object.entries(peer.dragging)) dragging.set(id, position);
      for (const id of peer.selection) {
        const list = selectors.get(id) ?? [];
        list.push({ name: peer.user.name, color: peer.user.color });
        selectors.set(id, list);
      }
    }
    return { dragging, selectors };
  }, [key]);
}
