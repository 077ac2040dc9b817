import { useReactFlow } from '@xyflow/react';
import { type PointerEvent, useCallback, useRef } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { Position } from '../../../shared/ydoc/schema.ts';
import { sharePresence } from '../../collab/presence.ts';

/** Shares this participant's pointer on the canvas, at most once per frame. */
export function usePointerPresence(awareness: Awareness) {
  const flow = useReactFlow();
  const pendingCursor = useRef<Position | null>(null);
  const onPointerMove = useCallback(
    (event: PointerEvent) => {
      const first = pendingCursor.current === null;
      pendingCursor.current = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      if (!first) return;
      requestAnimationFrame(() => {
        sharePresence(awareness, 'cursor', pendingCursor.current);
        pendingCursor.current = null;
      });
    },
    [flow, awareness],
  );
  const onPointerLeave = useCallback(() => sharePresence(awareness, 'cursor', null), [awareness]);
  return { onPointerMove, onPointerLeave };
}
