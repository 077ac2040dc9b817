import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { distinctColor } from './distinctColor.ts';
import { type Peer, readPeers, sharePresence } from './presence.ts';

/**
 * Presence without the pointers, nor this participant's own view (shared ten times a second
 * while panning), selection or drag, to tell whether anything else moved. What reads this
 * list (the participants, votes and follow-mode) never shows its own participant's selection
 * or drag, and a new list on every click would make React look through the whole canvas
 * below the provider for readers of it: tens of milliseconds on a big map.
 */
function keyOf(peers: readonly Peer[]): string {
  return JSON.stringify(
    peers.map(({ cursor: _cursor, viewport, selection, dragging, ...rest }) =>
      rest.isSelf ? rest : { ...rest, viewport, selection, dragging },
    ),
  );
}

/**
 * Everyone on the map, re-read whenever anyone's presence changes — except a pointer moving
 * or this participant's own view:
 * the cursors layer reads pointers itself (client/canvas/RemoteCursors.tsx), so the page
 * holding this list does not re-render many times a second. This participant's colour is
 * changed if someone who was here first already wears it.
 */
export function usePeers(awareness: Awareness): Peer[] {
  const [peers, setPeers] = useState(() => readPeers(awareness));
  useEffect(() => {
    const update = () => {
      const current = readPeers(awareness);
      const self = current.find((peer) => peer.isSelf);
      const color = self && distinctColor(current, self);
      if (self && color !== self.user.color) {
        // Changing our own state fires 'change' again, which then reads the new colour.
        sharePresence(awareness, 'user', { ...self.user, color: color ?? self.user.color });
        return;
      }
      setPeers((previous) => (keyOf(previous) === keyOf(current) ? previous : current));
    };
    awareness.on('change', update);
    update();
    return () => awareness.off('change', update);
  }, [awareness]);
  return peers;
}
