import {
  applyEdgeChanges,
  applyNodeChanges,
  Background,
  type Connection,
  ConnectionMode,
  Controls,
  type EdgeChange,
  MiniMap,
  type NodeChange,
  type OnConnectEnd,
  type OnDelete,
  Panel,
  ReactFlow,
  useReactFlow,
} from '@xyflow/react';
import {
  type DragEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { FOOTPRINT_DEFAULT_SIZE } from '../../shared/model/footprints.ts';
import type { RelationshipKind } from '../../shared/model/relationshipKinds.ts';
import type { ElementStatus } from '../../shared/model/status.ts';
import { type ElementRef, setStatus } from '../../shared/ydoc/attrs.ts';
import { connect } from '../../shared/ydoc/edges.ts';
import { addNode, deleteElements, placeNodes, renameNode } from '../../shared/ydoc/nodes.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import type { Position } from '../../shared/ydoc/schema.ts';
import { type Peer, sharePresence } from '../collab/presence.ts';
import type { MapSession } from '../collab/useMapSession.ts';
import { useCanComment } from '../comments/useCanComment.ts';
import { guardDeletion, keptByLocksMessage } from '../facilitate/lockGuard.ts';
import type { ViewportEvents } from '../facilitate/useFollow.ts';
import { useLockedForMe } from '../facilitate/useLockedForMe.ts';
import { BodyNode } from './BodyNode.tsx';
import { ConnectMenu, type PendingConnection } from './ConnectMenu.tsx';
import { ElementMenu, type ElementMenuState } from './ElementMenu.tsx';
import { FootprintNode } from './FootprintNode.tsx';
import { type MapActions, MapActionsContext } from './MapActions.ts';
import { decodePaletteItem, defaultName, PALETTE_MIME, type PaletteItem } from './paletteItem.ts';
import { findFreeSpot, NEW_BODY_SIZE } from './placement.ts';
import { RelationshipEdge } from './RelationshipEdge.tsx';
import { RemoteCursors } from './RemoteCursors.tsx';
import {
  type MapFlowEdge,
  type MapFlowNode,
  nodeColor,
  toFlowEdges,
  toFlowNodes,
  type ViewFilter,
} from './toFlow.ts';
import { useRemoteActivity } from './useRemoteActivity.ts';
import { useReparent } from './useReparent.ts';

const nodeTypes = { body: BodyNode, footprint: FootprintNode };
const edgeTypes = { relationship: RelationshipEdge };
const DELETE_KEYS = ['Delete', 'Backspace'];

/** What the rest of the page can ask of the canvas. */
export interface CanvasHandle {
  add: (item: PaletteItem) => void;
  deleteSelection: () => void;
  /** Selects these elements and zooms to them. */
  focus: (ids: readonly string[]) => void;
}

interface MapCanvasProps {
  session: MapSession;
  snapshot: MapSnapshot;
  peers: readonly Peer[];
  filter: ViewFilter;
  /** Elements the validator flags, with their worst severity. */
  flags: ReadonlyMap<string, 'error' | 'warning'>;
  onReady: (handle: CanvasHandle) => void;
  onSelection: (ids: string[]) => void;
  onNotice: (message: string) => void;
  /** More layers drawn inside the flow, in its coordinates (e.g. pinned comments). */
  children?: ReactNode;
  /** Pan and zoom events for follow-mode (client/facilitate/useFollow.ts). */
  viewportEvents?: ViewportEvents;
  /** Editing off whatever the role (a saved version on show): nothing is written to the doc. */
  readOnly?: boolean;
}

/** The live, shared React Flow canvas of one map. */
export function MapCanvas({
  session,
  snapshot,
  peers,
  filter,
  flags,
  onReady,
  onSelection,
  onNotice,
  children,
  viewportEvents,
  readOnly: showingVersion = false,
}: MapCanvasProps) {
  const { doc, origin, provider, role } = session;
  const awareness = provider.awareness;
  const readOnly = role === 'viewer' || showingVersion;
  // Viewers who may comment get the element menu too, with only "Comment" in it.
  const canComment = useCanComment(session);
  const remote = useRemoteActivity(peers);
  const flow = useReactFlow<MapFlowNode, MapFlowEdge>();
  const [nodes, setNodes] = useState<MapFlowNode[]>([]);
  const [edges, setEdges] = useState<MapFlowEdge[]>([]);
  const [pending, setPending] = useState<PendingConnection | null>(null);
  const [menu, setMenu] = useState<ElementMenuState | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const pendingCursor = useRef<Position | null>(null);
  const { parentAt, reparentDropped } = useReparent(doc, origin);
  // Elements locked by the facilitator, for everyone else: not dragged, renamed or deleted.
  const lockedForMe = useLockedForMe();

  // A node this participant just added is selected as soon as it arrives from the doc.
  const selectOnArrival = useRef<string | null>(null);
  useEffect(
    () =>
      setNodes((previous) => {
        const next = toFlowNodes(snapshot, previous, remote, filter, flags, lockedForMe);
        const arriving = selectOnArrival.current;
        if (!arriving || !next.some((n) => n.id === arriving)) return next;
        selectOnArrival.current = null;
        return next.map((n) =>
          n.selected === (n.id === arriving) ? n : { ...n, selected: n.id === arriving },
        );
      }),
    [snapshot, remote, filter, flags, lockedForMe],
  );
  const visibleNodeIds = useMemo(() => new Set(nodes.map((n) => n.id)), [nodes]);
  useEffect(
    () =>
      setEdges((previous) =>
        toFlowEdges(snapshot, previous, remote, filter, visibleNodeIds, flags, lockedForMe),
      ),
    [snapshot, remote, filter, visibleNodeIds, flags, lockedForMe],
  );

  const selectedIds = useMemo(
    () => [...nodes.filter((n) => n.selected), ...edges.filter((e) => e.selected)].map((e) => e.id),
    [nodes, edges],
  );
  const selectionKey = selectedIds.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: selectionKey stands for selectedIds
  useEffect(() => {
    sharePresence(awareness, 'selection', selectedIds);
    onSelection(selectedIds);
  }, [selectionKey, awareness, onSelection]);

  const refsOf = useCallback(
    (ids: readonly string[]): ElementRef[] =>
      ids.map((id) => ({
        collection: snapshot.edges.some((e) => e.id === id) ? 'edges' : 'nodes',
        id,
      })),
    [snapshot],
  );

  const onNodesChange = useCallback((changes: NodeChange<MapFlowNode>[]) => {
    // Removals go through the doc (onDelete), which then removes the nodes everywhere.
    setNodes((current) =>
      applyNodeChanges(
        changes.filter((c) => c.type !== 'remove'),
        current,
      ),
    );
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<MapFlowEdge>[]) => {
    setEdges((current) =>
      applyEdgeChanges(
        changes.filter((c) => c.type !== 'remove'),
        current,
      ),
    );
  }, []);

  const shareDrag = useCallback(
    (dragged: readonly MapFlowNode[]) =>
      sharePresence(
        awareness,
        'dragging',
        Object.fromEntries(dragged.map((n) => [n.id, n.position])),
      ),
    [awareness],
  );

  const drop = useCallback(
    (dragged: readonly MapFlowNode[]) => {
      reparentDropped(dragged);
      sharePresence(awareness, 'dragging', {});
    },
    [reparentDropped, awareness],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      if (readOnly) return;
      const source = snapshot.nodes.find((n) => n.id === connection.source);
      const target = snapshot.nodes.find((n) => n.id === connection.target);
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
    [snapshot, flow, readOnly],
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

  // A deletion leaves locked elements, and whatever would take them along, where they are.
  const deleteUnlocked = useCallback(
    (nodeIds: readonly string[], edgeIds: readonly string[]) => {
      const allowed = guardDeletion(snapshot, { nodeIds, edgeIds }, lockedForMe);
      deleteElements(doc, origin, { nodeIds: allowed.nodeIds, edgeIds: allowed.edgeIds });
      if (allowed.kept.length > 0) onNotice(keptByLocksMessage(allowed.kept.length, 'deleted'));
    },
    [snapshot, lockedForMe, doc, origin, onNotice],
  );

  const onDelete: OnDelete<MapFlowNode, MapFlowEdge> = useCallback(
    ({ nodes: gone, edges: goneEdges }) =>
      deleteUnlocked(
        gone.map((n) => n.id),
        goneEdges.map((e) => e.id),
      ),
    [deleteUnlocked],
  );

  const addAt = useCallback(
    (item: PaletteItem, topLeft: Position) => {
      const size = item.type === 'footprint' ? FOOTPRINT_DEFAULT_SIZE[item.level] : undefined;
      // Like a drop, a new body belongs to the footprint its centre lands in.
      const centre =
        item.type === 'footprint'
          ? { x: topLeft.x + (size?.w ?? 0) / 2, y: topLeft.y + (size?.h ?? 0) / 2 }
          : { x: topLeft.x + NEW_BODY_SIZE.width / 2, y: topLeft.y + NEW_BODY_SIZE.height / 2 };
      const parent = parentAt(centre, new Set());
      selectOnArrival.current = null;
      const id = addNode(doc, origin, {
        kind: item.type === 'body' ? item.kind : 'footprint',
        label: defaultName(item),
        position: parent ? { x: topLeft.x - parent.x, y: topLeft.y - parent.y } : topLeft,
        parentId: parent?.id,
        size,
        attrs: item.type === 'footprint' ? { level: item.level } : undefined,
      });
      selectOnArrival.current = id;
      setEdges((current) =>
        current.map((edge) => (edge.selected ? { ...edge, selected: false } : edge)),
      );
    },
    [doc, origin, parentAt],
  );

  useEffect(() => {
    onReady({
      add: (item) => {
        const box = wrapper.current?.getBoundingClientRect();
        const centre = box
          ? flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 })
          : { x: 0, y: 0 };
        if (item.type === 'footprint') {
          const size = FOOTPRINT_DEFAULT_SIZE[item.level];
          addAt(item, { x: centre.x - size.w / 2, y: centre.y - size.h / 2 });
          return;
        }
        const occupied = flow
          .getNodes()
          .filter((node) => node.type === 'body')
          .map((node) => {
            const at = flow.getInternalNode(node.id)?.internals.positionAbsolute ?? node.position;
            return {
              x: at.x,
              y: at.y,
              width: node.measured?.width ?? NEW_BODY_SIZE.width,
              height: node.measured?.height ?? NEW_BODY_SIZE.height,
            };
          });
        addAt(item, findFreeSpot(centre, occupied));
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
        deleteUnlocked(nodeIds, edgeIds);
      },
      focus: (ids) => {
        const wanted = new Set(ids);
        setNodes((current) => current.map((n) => ({ ...n, selected: wanted.has(n.id) })));
        setEdges((current) => current.map((e) => ({ ...e, selected: wanted.has(e.id) })));
        const focusNodes = [...wanted].flatMap((id) => {
          const edge = snapshot.edges.find((e) => e.id === id);
          return edge ? [edge.source, edge.target] : [id];
        });
        requestAnimationFrame(() =>
          flow.fitView({
            nodes: focusNodes.map((id) => ({ id })),
            duration: 400,
            maxZoom: 1.2,
            padding: 0.4,
          }),
        );
      },
    });
  }, [onReady, flow, addAt, snapshot, deleteUnlocked]);

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const item = decodePaletteItem(event.dataTransfer.getData(PALETTE_MIME));
      if (readOnly || !item) return;
      event.preventDefault();
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      addAt(item, { x: point.x - 90, y: point.y - 30 });
    },
    [flow, addAt, readOnly],
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

  const openMenu = useCallback(
    (event: MouseEvent, id: string) => {
      event.preventDefault();
      if (showingVersion || (readOnly && !canComment)) return;
      const box = wrapper.current?.getBoundingClientRect();
      const ids = selectedIds.includes(id) ? selectedIds : [id];
      setMenu({
        ids,
        at: { x: event.clientX - (box?.left ?? 0), y: event.clientY - (box?.top ?? 0) },
      });
    },
    [readOnly, showingVersion, canComment, selectedIds],
  );

  const menuStatus = useCallback(
    (status: ElementStatus) => {
      if (menu) {
        const ids = menu.ids.filter((id) => !lockedForMe.has(id));
        if (ids.length > 0) setStatus(doc, origin, refsOf(ids), status);
        const kept = menu.ids.length - ids.length;
        if (kept > 0) onNotice(keptByLocksMessage(kept, 'changed'));
      }
      setMenu(null);
    },
    [doc, origin, menu, refsOf, lockedForMe, onNotice],
  );

  const menuDelete = useCallback(() => {
    if (menu) {
      const refs = refsOf(menu.ids);
      deleteUnlocked(
        refs.filter((r) => r.collection === 'nodes').map((r) => r.id),
        refs.filter((r) => r.collection === 'edges').map((r) => r.id),
      );
    }
    setMenu(null);
  }, [menu, refsOf, deleteUnlocked]);

  const actions: MapActions = useMemo(
    () => ({
      readOnly,
      rename: (id, label) => !lockedForMe.has(id) && renameNode(doc, origin, id, label),
      resized: (id, box) => {
        if (lockedForMe.has(id)) return;
        placeNodes(doc, origin, [
          { id, position: { x: box.x, y: box.y }, size: { w: box.width, h: box.height } },
        ]);
      },
    }),
    [readOnly, doc, origin, lockedForMe],
  );

  return (
    <MapActionsContext.Provider value={actions}>
      <div
        className="canvas"
        ref={wrapper}
        onPointerMove={onPointerMove}
        onPointerLeave={() => sharePresence(awareness, 'cursor', null)}
      >
        <ReactFlow<MapFlowNode, MapFlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeDrag={(_event, _node, dragged) => shareDrag(dragged)}
          onNodeDragStop={(_event, _node, dragged) => drop(dragged)}
          onSelectionDrag={(_event, dragged) => shareDrag(dragged)}
          onSelectionDragStop={(_event, dragged) => drop(dragged)}
          onConnect={onConnect}
          onConnectEnd={onConnectEnd}
          onDelete={onDelete}
          onDragOver={onDragOver}
          onDrop={onDrop}
          onNodeContextMenu={(event, node) => openMenu(event, node.id)}
          onEdgeContextMenu={(event, edge) => openMenu(event, edge.id)}
          onPaneClick={() => setMenu(null)}
          onMove={viewportEvents?.onMove}
          connectionMode={ConnectionMode.Loose}
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
          <MiniMap
            pannable
            zoomable
            nodeColor={(node) => nodeColor((node as MapFlowNode).data.kind)}
          />
          <RemoteCursors peers={peers} />
          {children}
          {snapshot.nodes.length === 0 && (
            <Panel position="top-center" className="empty-hint">
              {readOnly
                ? 'Nothing has been drawn on this map yet. What others add appears here as they add it.'
                : 'This map is empty. Add a body or a footprint from the palette — click it, or drag it here.'}
            </Panel>
          )}
        </ReactFlow>
        {pending && <ConnectMenu pending={pending} onChoose={choose} onCancel={cancelConnect} />}
        {menu && (
          <ElementMenu
            menu={menu}
            onStatus={menuStatus}
            onDelete={menuDelete}
            onClose={() => setMenu(null)}
          />
        )}
      </div>
    </MapActionsContext.Provider>
  );
}
