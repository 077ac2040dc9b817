import { type Connection, type OnConnectEnd, useReactFlow } from '@xyflow/react';
import { type RefObject, useCallback, useState } from 'react';
import type * as Y from 'yjs';
import type { StoreApi } from 'zustand/vanilla';
import type { RelationshipKind } from '../../../shared/model/relationshipKinds.ts';
import { connect } from '../../../shared/ydoc/edges.ts';
import type { MapState } from '../../store/mapStore.ts';
import type { PendingConnection } from '../ConnectMenu.tsx';
import type { MapFlowEdge, MapFlowNode } from '../toFlow.ts';

/**
 * Drawing a relationship: a connection between two bodies opens the menu of kinds next to
 * the target; choosing one writes the relationship.
 */
export function useConnectFlow(
  doc: Y.Doc,
  origin: unknown,
  shown: StoreApi<MapState>,
  readOnly: boolean,
  wrapper: RefObject<HTMLDivElement | null>,
  onNotice: (message: string) => void,
) {
  const flow = useReactFlow<MapFlowNode, MapFlowEdge>();
  const [pending, setPending] = useState<PendingConnection | null>(null);

  const onConnect = useCallback(
    (connection: Connection) => {
      if (readOnly) return;
      const { nodeById } = shown.getState();
      const source = nodeById.get(connection.source);
      const target = nodeById.get(connection.target);
      const targetBox = flow.getInternalNode(connection.target)?.internals.positionAbsolute;
      if (!source || !target) return;
      const screen = flow.flowToScreenPosition(targetBox ?? { x: 0, y: 0 });
      const box = wrapper.current?.getBoundingClientRect();
      setPending({
        source: { id: source.id, kind: source.kind, label: source.label },
        target: { id: target.id, kind: target.kind, label: target.label },
        at: { x: screen.x - (box?.left ?? 0), y: screen.y - (box?.top ?? 0) + 40 },
      });
    },
    [shown, flow, readOnly, wrapper],
  );

  // A connection dropped anywhere on a body, not just on a handle, connects to that body.
  const onConnectEnd: OnConnectEnd = useCallback(
    (event, state) => {
      if (state.isValid || !state.fromNode) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!point) return;
      const element = document.elementFromPoint(point.clientX, point.clientY);
      const targetId = element?.closest('.react-flow__node')?.getAttribute('data-id');
      if (!targetId || targetId === state.fromNode.id) return;
      onConnect({
        source: state.fromNode.id,
        target: targetId,
        sourceHandle: null,
        targetHandle: null,
      });
    },
    [onConnect],
  );

  const choose = useCallback(
    (kind: RelationshipKind) => {
      if (!pending) return;
      const result = connect(doc, origin, {
        kind,
        source: pending.source.id,
        target: pending.target.id,
      });
      if (!result.ok) onNotice(result.reason);
      setPending(null);
    },
    [doc, origin, pending, onNotice],
  );
  const cancelConnect = useCallback(() => setPending(null), []);

  return { pending, onConnect, onConnectEnd, choose, cancelConnect };
}
