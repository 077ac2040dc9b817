import { type InternalNode, useStoreApi, useViewport } from '@xyflow/react';
import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { type Peer, readPeers } from '../collab/presence.ts';
import type { MapFlowEdge, MapFlowNode } from './toFlow.ts';
import { ViewportLayer } from './ViewportLayer.tsx';

type Point = { x: number; y: number };

/**
 * The top edge of the body under a point, if any (flow coordinates): a pointer over a body
 * has its name tag set above the body, so it never covers the body's name.
 */
function bodyTopUnder(nodes: ReadonlyMap<string, InternalNode<MapFlowNode>>, point: Point) {
  for (const node of nodes.values()) {
    if (node.type !== 'body') continue;
    const { x, y } = node.internals.positionAbsolute;
    const inside =
      point.x >= x &&
      point.x <= x + (node.measured.width ?? 0) &&
      point.y >= y &&
      point.y <= y + (node.measured.height ?? 0);
    if (inside) return y;
  }
  return null;
}

/**
 * Other participants' pointers, drawn in flow coordinates so they line up at any zoom. They
 * are read from presence here, so a pointer moving redraws this layer and nothing else.
 * A name tag follows its pointer and fades once the pointer rests; over a body it sits above
 * the body instead, smaller and see-through, so no body's name is hidden by it.
 */
export function RemoteCursors({ awareness }: { awareness: Awareness }) {
  const { zoom } = useViewport();
  const store = useStoreApi<MapFlowNode, MapFlowEdge>();
  const [peers, setPeers] = useState<readonly Peer[]>(() => readPeers(awareness));
  useEffect(() => {
    const update = () => setPeers(readPeers(awareness));
    awareness.on('change', update);
    update();
    return () => awareness.off('change', update);
  }, [awareness]);
  const { nodeLookup } = store.getState();
  return (
    <ViewportLayer>
      {peers
        .filter((peer) => !peer.isSelf && peer.cursor)
        .map((peer) => {
          const at = peer.cursor ?? { x: 0, y: 0 };
          const top = bodyTopUnder(nodeLookup, at);
          const scale = `scale(${1 / zoom})`;
          // Keyed by position, so each move shows the name again and its fade restarts.
          const name = (
            <span
              key={`${at.x},${at.y}`}
              className={`remote-cursor-name${top === null ? '' : ' is-above-body'}`}
              style={{ background: peer.user.color }}
            >
              {peer.user.name}
            </span>
          );
          return (
            <div key={peer.clientId}>
              <div
                className="remote-cursor"
                data-testid="remote-cursor"
                style={{ transform: `translate(${at.x}px, ${at.y}px) ${scale}` }}
              >
                <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
                  <path
                    d="M1 1 L1 15 L5 11 L8 17 L10.5 16 L7.5 10 L13 10 Z"
                    fill={peer.user.color}
                    stroke="white"
                    strokeWidth="1.2"
                  />
                </svg>
                {top === null && name}
              </div>
              {top !== null && (
                <div
                  className="remote-cursor remote-cursor-tag"
                  data-testid="remote-cursor-tag"
                  style={{ transform: `translate(${at.x}px, ${top}px) ${scale}` }}
                >
                  {name}
                </div>
              )}
            </div>
          );
        })}
    </ViewportLayer>
  );
}
