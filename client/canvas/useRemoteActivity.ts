import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { Position } from '../../shared/ydoc/schema.ts';
import { readPeers } from '../collab/presence.ts';
import type { RemoteActivity, RemoteSelector } from './toFlow.ts';

const NO_ACTIVITY: RemoteActivity = { dragging: new Map(), selectors: new Map() };

function readActivity(awareness: Awareness): { key: string; activity: RemoteActivity } {
  const others = readPeers(awareness).filter((peer) => !peer.isSelf);
  const key = JSON.stringify(
    others.map((peer) => [peer.user.name, peer.user.color, peer.selection, peer.dragging]),
  );
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
  return { key, activity: others.length === 0 ? NO_ACTIVITY : { dragging, selectors } };
}

/**
 * What others are dragging and have selected, read from presence and changed only when that
 * changes — not on every cursor move, which would redraw the canvas.
 */
export function useRemoteActivity(awareness: Awareness): RemoteActivity {
  const [state, setState] = useState(() => readActivity(awareness));
  useEffect(() => {
    const update = () => {
      const next = readActivity(awareness);
      setState((current) => (current.key === next.key ? current : next));
    };
    awareness.on('change', update);
    update();
    return () => awareness.off('change', update);
  }, [awareness]);
  return state.activity;
}
