import {
  applyEdgeChanges,
  applyNodeChanges,
  Background,
  type Connection,
  ConnectionMode,
  Controls,
  type Edge,
  type EdgeChange,
  MiniMap,
  type NodeChange,
  type OnDelete,
  Panel,
  ReactFlow,
  useReactFlow,
} from '@xyflow/react';
import {
  type DragEvent,
  type PointerEvent,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { BODY_KIND_INFO, type BodyKind } from '../../shared/model/bodyKinds.ts';
import { connect } from '../../shared/ydoc/edges.ts';
import { addNode, deleteElements, moveNodes, renameNode } from '../../shared/ydoc/nodes.ts';
import type { Position } from '../../shared/ydoc/schema.ts';
import { type Peer, sharePresence } from '../collab/presence.ts';
import type { MapSession } from '../collab/useMapSession.ts';
import { BodyNode } from './BodyNode.tsx';
import { FloatingEdge } from './FloatingEdge.tsx';
import { type MapActions, MapActionsContext } from './MapActions.ts';
import { findFreeSpot, NEW_BODY_SIZE } from './placement.ts';
import { RemoteCursors } from './RemoteCursors.tsx';
import { type BodyFlowNode, toFlowEdges, toFlowNodes } from './toFlow.ts';
import { useMapSnapshot } from './useMapSnapshot.ts';
import { useRemoteActivity } from './useRemoteActivity.ts';

const nodeTypes = { body: BodyNode };
const edgeTypes = { floating: FloatingEdge };
const DELETE_KEYS = ['Delete', 'Backspace'];
/** The drag-and-drop data type that carries a body kind from the palette. */
export const PALETTE_MIME = 'application/x-accord-kind';

/** What the rest of the page can ask of the canvas. */
export interface CanvasHandle {
  addBody: (kind: BodyKind) => void;
  deleteSelection: () => void;
}

interface MapCanvasProps {
  session: MapSession;
  peers: readonly Peer[];
  onReady: (handle: CanvasHandle) => void;
  onSelectionCount: (count: number) => void;
  onNotice: (message: string) => void;
}

/** The live, shared React Flow canvas of one map. */
export function MapCanvas({ session, peers, onReady, onSelectionCount, onNotice }: MapCanvasProps) {
  const { doc, origin, provider, role } = session;
  const awareness = provider.awareness;
  const readOnly = role === 'viewer';
  const snapshot = useMapSnapshot(doc);
  const remote = useRemoteActivity(peers);
  const flow = useReactFlow();
  const [nodes, setNodes] = useState<BodyFlowNode[]>([]);
  const [edges, setEdges] = useState<Edge[]>([]);
  const wrapper = useRef<HTMLDivElement>(null);
  const pendingCursor = useRef<Position | null>(null);

  useEffect(
    () => setNodes((previous) => toFlowNodes(snapshot, previous, remote)),
    [snapshot, remote],
  );
  useEffect(
    () => setEdges((previous) => toFlowEdges(snapshot, previous, remote)),
    [snapshot, remote],
  );

  const selectedIds = useMemo(
    () => [...nodes.filter((n) => n.selected), ...edges.filter((e) => e.selected)].map((e) => e.id),
    [nodes, edges],
  );
  const selectionKey = selectedIds.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: selectionKey stands for selectedIds
  useEffect(() => {
    sharePresence(awareness, 'selection', selectedIds);
    onSelectionCount(selectedIds.length);
  }, [selectionKey, awareness, onSelectionCount]);

  const onNodesChange = useCallback((changes: NodeChange<BodyFlowNode>[]) => {
    // Removals go through the doc (onDelete), which then removes the nodes everywhere.
    setNodes((current) =>
      applyNodeChanges(
        changes.filter((c) => c.type !== 'remove'),
        current,
      ),
    );
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    setEdges((current) =>
      applyEdgeChanges(
        changes.filter((c) => c.type !== 'remove'),
        current,
      ),
    );
  }, []);

  const shareDrag = useCallback(
    (dragged: readonly BodyFlowNode[]) =>
      sharePresence(
        awareness,
        'dragging',
        Object.fromEntries(dragged.map((node) => [node.id, node.position])),
      ),
    [awareness],
  );

  const drop = useCallback(
    (dragged: readonly BodyFlowNode[]) => {
      moveNodes(
        doc,
        origin,
        dragged.map((node) => ({ id: node.id, position: node.position })),
      );
      sharePresence(awareness, 'dragging', {});
    },
    [doc, origin, awareness],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      const result = connect(doc, origin, {
        kind: 'accountable-to',
        source: connection.source,
        target: connection.target,
      });
      if (!result.ok) onNotice(result.reason);
    },
    [doc, origin, onNotice],
  );

  const onDelete: OnDelete = useCallback(
    ({ nodes: gone, edges: goneEdges }) =>
      deleteElements(doc, origin, {
        nodeIds: gone.map((n) => n.id),
        edgeIds: goneEdges.map((e) => e.id),
      }),
    [doc, origin],
  );

  const addBodyAt = useCallback(
    (kind: BodyKind, position: Position) => {
      const id = addNode(doc, origin, { kind, label: BODY_KIND_INFO[kind].label, position });
      setNodes((current) => current.map((node) => ({ ...node, selected: node.id === id })));
    },
    [doc, origin],
  );

  useEffect(() => {
    onReady({
      addBody: (kind) => {
        const box = wrapper.current?.getBoundingClientRect();
        const centre = box
          ? flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 })
          : { x: 0, y: 0 };
        const occupied = flow.getNodes().map((node) => {
          const at = flow.getInternalNode(node.id)?.internals.positionAbsolute ?? node.position;
          return {
            x: at.x,
            y: at.y,
            width: node.measured?.width ?? NEW_BODY_SIZE.width,
            height: node.measured?.height ?? NEW_BODY_SIZE.height,
          };
        });
        addBodyAt(kind, findFreeSpot(centre, occupied));
      },
      deleteSelection: () => {
        const nodeIds = flow
          .getNodes()
          .filter((n) => n.selected)
          .map((n) => n.id);
        const edgeIds = flow
          .getEdges()
          .filter((e) => e.selected)
          .map((e) => e.id);
        deleteElements(doc, origin, { nodeIds, edgeIds });
      },
    });
  }, [onReady, flow, doc, origin, addBodyAt]);

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(PALETTE_MIME);
      if (readOnly || !(kind in BODY_KIND_INFO)) return;
      event.preventDefault();
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      addBodyAt(kind as BodyKind, { x: point.x - 90, y: point.y - 30 });
    },
    [flow, addBodyAt, readOnly],
  );

  // Cursor moves are shared at most once per frame.
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

  const actions: MapActions = useMemo(
    () => ({ readOnly, rename: (id, label) => renameNode(doc, origin, id, label) }),
    [readOnly, doc, origin],
  );

  return (
    <MapActionsContext.Provider value={actions}>
      <div
        className="canvas"
        ref={wrapper}
        onPointerMove={onPointerMove}
        onPointerLeave={() => sharePresence(awareness, 'cursor', null)}
      >
        <ReactFlow<BodyFlowNode, Edge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          connectionMode={ConnectionMode.Loose}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeDrag={(_event, _node, dragged) => shareDrag(dragged)}
          onNodeDragStop={(_event, _node, dragged) => drop(dragged)}
          onSelectionDrag={(_event, dragged) => shareDrag(dragged)}
          onSelectionDragStop={(_event, dragged) => drop(dragged)}
          onConnect={onConnect}
          onDelete={onDelete}
          onDragOver={onDragOver}
          onDrop={onDrop}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          deleteKeyCode={readOnly ? null : DELETE_KEYS}
          multiSelectionKeyCode={['Meta', 'Control', 'Shift']}
          fitView
          fitViewOptions={{ maxZoom: 1.2, padding: 0.2 }}
          minZoom={0.1}
        >
          <Background gap={24} color="#d8dde0" />
          <Controls showInteractive={false} />
          <MiniMap pannable zoomable nodeColor={() => '#aeb7bd'} />
          <RemoteCursors peers={peers} />
          {snapshot.nodes.length === 0 && (
            <Panel position="top-center" className="empty-hint">
              {readOnly
                ? 'Nothing has been drawn on this map yet. What others add appears here as they add it.'
                : 'This map is empty. Add a body from the palette — click it, or drag it here.'}
            </Panel>
          )}
        </ReactFlow>
      </div>
    </MapActionsContext.Provider>
  );
}
