import { useViewport, ViewportPortal } from '@xyflow/react';
import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { type Peer, readPeers } from '../collab/presence.ts';

/**
 * Other participants' pointers, drawn in flow coordinates so they line up at any zoom. They
 * are read from presence here, so a pointer moving redraws this layer and nothing else.
 */
export function RemoteCursors({ awareness }: { awareness: Awareness }) {
  const { zoom } = useViewport();
  const [peers, setPeers] = useState<readonly Peer[]>(() => readPeers(awareness));
  useEffect(() => {
    const update = () => setPeers(readPeers(awareness));
    awareness.on('change', update);
    update();
    return () => awareness.off('change', update);
  }, [awareness]);
  return (
    <ViewportPortal>
      {peers
        .filter((peer) => !peer.isSelf && peer.cursor)
        .map((peer) => (
          <div
            key={peer.clientId}
            className="remote-cursor"
            data-testid="remote-cursor"
            style={{
              transform: `translate(${peer.cursor?.x ?? 0}px, ${peer.cursor?.y ?? 0}px) scale(${1 / zoom})`,
            }}
          >
            <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
              <path
                d="M1 1 L1 15 L5 11 L8 17 L10.5 16 L7.5 10 L13 10 Z"
                fill={peer.user.color}
                stroke="white"
                strokeWidth="1.2"
              />
            </svg>
            {/* Keyed by position, so each move shows the name again and its fade restarts. */}
            <span
              key={`${peer.cursor?.x},${peer.cursor?.y}`}
              className="remote-cursor-name"
              style={{ background: peer.user.color }}
            >
              {peer.user.name}
            </span>
          </div>
        ))}
    </ViewportPortal>
  );
}
