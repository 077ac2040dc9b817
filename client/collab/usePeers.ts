import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { type Peer, readPeers } from './presence.ts';

/** Everyone on the map, re-read whenever anyone's presence changes. */
export function usePeers(awareness: Awareness): Peer[] {
  const [peers, setPeers] = useState(() => readPeers(awareness));
  useEffect(() => {
    const update = () => setPeers(readPeers(awareness));
    awareness.on('change', update);
    update();
    return () => awareness.off('change', update);
  }, [awareness]);
  return peers;
}
