import { Background, ConnectionMode, Controls, Panel } from '@xyflow/react';
import { type MouseEvent, type ReactNode, useCallback, useRef } from 'react';
import type { MapSession } from '../collab/useMapSession.ts';
import { useCanComment } from '../comments/useCanComment.ts';
import type { ViewportEvents } from '../facilitate/useFollow.ts';
import { useLockedForMe } from '../facilitate/useLockedForMe.ts';
import { useShownMap, useShownMapStore } from '../store/useShownMap.ts';
import { COLOR, GRID } from '../theme/tokens.ts';
import { BodyNode } from './BodyNode.tsx';
import { CanvasFlow } from './CanvasFlow.tsx';
import { ConnectMenu } from './ConnectMenu.tsx';
import { ConnectToDialog } from './ConnectToDialog.tsx';
import { elementRefs } from './commands/elementRefs.ts';
import { ElementMenu } from './ElementMenu.tsx';
import { ElementMarksContext } from './elementMarks.ts';
import { FootprintNode } from './FootprintNode.tsx';
import { FIT_VIEW } from './fitViewOptions.ts';
import { useAddNode } from './hooks/useAddNode.ts';
import { useArrange } from './hooks/useArrange.ts';
import { type CanvasHandle, useCanvasHandle } from './hooks/useCanvasHandle.ts';
import { focusOnCanvas, focusPastDeleted, useCanvasKeyboard } from './hooks/useCanvasKeyboard.ts';
import { useCanvasShortcuts } from './hooks/useCanvasShortcuts.ts';
import { useConnectFlow } from './hooks/useConnectFlow.ts';
import { useConnectTo } from './hooks/useConnectTo.ts';
import { useDeleteUnlocked } from './hooks/useDeleteUnlocked.ts';
import { useDragPresence } from './hooks/useDragPresence.ts';
import { useElementMarksStore } from './hooks/useElementMarksStore.ts';
import { useElementMenuState } from './hooks/useElementMenuState.ts';
import { useFlowElements } from './hooks/useFlowElements.ts';
import { useNodeActions } from './hooks/useNodeActions.ts';
import { usePaletteDrop } from './hooks/usePaletteDrop.ts';
import { usePointerPresence } from './hooks/usePointerPresence.ts';
import { useSnapToGrid } from './hooks/useSnapToGrid.ts';
import { InvalidEdge } from './InvalidEdge.tsx';
import { InvalidNode } from './InvalidNode.tsx';
import { MapActionsContext } from './MapActions.ts';
import { MapMiniMap } from './MapMiniMap.tsx';
import { NoteNode } from './NoteNode.tsx';
import { RelationshipEdge } from './RelationshipEdge.tsx';
import { RemoteCursors } from './RemoteCursors.tsx';
import type { ViewFilter } from './toFlow.ts';
import { useRemoteActivity } from './useRemoteActivity.ts';
import { useReparent } from './useReparent.ts';
import { ZoomLevel } from './ZoomLevel.tsx';

export type { CanvasHandle };

const nodeTypes = {
  body: BodyNode,
  footprint: FootprintNode,
  note: NoteNode,
  invalid: InvalidNode,
};
const edgeTypes = { relationship: RelationshipEdge, invalid: InvalidEdge };
const DELETE_KEYS = ['Delete', 'Backspace'];
const MULTI_SELECT_KEYS = ['Meta', 'Control', 'Shift'];
const SNAP_GRID: [number, number] = [GRID, GRID];

interface MapCanvasProps {
  session: MapSession;
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

/**
 * The live, shared React Flow canvas of one map: the hooks in ./hooks each own one part
 * (projection, selection, connecting, adding, deleting, menus, presence). Presence is read
 * where it is drawn, so others' cursors never redraw this component or its nodes.
 */
export function MapCanvas({
  session,
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
  const remote = useRemoteActivity(awareness);
  const wrapper = useRef<HTMLDivElement>(null);
  const reparent = useReparent(doc, origin);
  const { parentAt, reparentDropped, placeOnCanvas, footprintAt } = reparent;
  const [snap] = useSnapToGrid();
  // Elements locked by the facilitator, for everyone else: not dragged, renamed or deleted.
  const lockedForMe = useLockedForMe();
  // What the canvas draws: the live map, or a saved version (client/store/useShownMap.ts).
  // Read by slice or at the moment of a gesture, never as a whole on each render.
  const shown = useShownMapStore();
  const refsOf = useCallback(
    (ids: readonly string[]) => elementRefs(ids, shown.getState().edgeById),
    [shown],
  );
  // Flags, others' selections and the filter reach each element by selector.
  const marks = useElementMarksStore(flags, remote.selectors, filter);

  const flowElements = useFlowElements(shown, { remote, filter, lockedForMe });
  const { flow, select, onNodesChange, onEdgesChange } = flowElements;
  const selectedNow = useCallback(() => {
    const { nodes, edges } = flow.getState();
    return [...nodes, ...edges].filter((element) => element.selected).map(({ id }) => id);
  }, [flow]);
  const connecting = useConnectFlow(doc, origin, shown, readOnly, wrapper, onNotice);
  const { deleteUnlocked, onDelete } = useDeleteUnlocked(doc, origin, shown, lockedForMe, onNotice);
  const addAt = useAddNode(
    doc,
    origin,
    parentAt,
    reparent.footprintBoxes,
    flowElements.selectOnArrival,
  );
  const { onDragOver, onDrop } = usePaletteDrop(addAt, readOnly);
  const dragHandlers = useDragPresence(awareness, reparentDropped);
  const { onPointerMove, onPointerLeave } = usePointerPresence(awareness);
  const menus = useElementMenuState({
    doc,
    origin,
    disabled: showingVersion || (readOnly && !canComment),
    selected: selectedNow,
    lockedForMe,
    refsOf,
    deleteUnlocked,
    wrapper,
    onNotice,
  });
  const arrange = useArrange({ readOnly, lockedForMe, wrapper, placeOnCanvas, onNotice });
  useCanvasHandle({
    onReady,
    wrapper,
    addAt,
    footprintBoxes: reparent.footprintBoxes,
    deleteUnlocked,
    arrange,
    shown,
    select,
  });
  const actions = useNodeActions(readOnly, doc, origin, lockedForMe);
  const onKeyDownCapture = useCanvasKeyboard({
    doc,
    origin,
    readOnly,
    lockedForMe,
    wrapper,
    openMenuAt: menus.openMenuAt,
    onNotice,
    footprintAt,
    grid: snap ? GRID : null,
  });
  const { duplicate } = useCanvasShortcuts({
    doc,
    origin,
    shown,
    readOnly,
    wrapper,
    select,
    deleteUnlocked,
    onNotice,
  });
  const { openMenu } = menus;
  const onElementContextMenu = useCallback(
    (event: MouseEvent, element: { id: string }) => openMenu(event, element.id),
    [openMenu],
  );
  const connectTo = useConnectTo(doc, origin, shown, onNotice);
  const menuOneId = menus.menu?.ids.length === 1 ? menus.menu.ids[0] : undefined;
  const menuOn = useShownMap((state) => (menuOneId ? state.nodeById.get(menuOneId) : undefined));
  const connectFrom = !readOnly && menuOn && menuOn.kind !== 'footprint' ? menuOn : undefined;
  const menuNodeIds = menus.menu?.ids.filter((id) => !shown.getState().edgeById.has(id)) ?? [];
  const empty = useShownMap(
    (state) => state.snapshot.nodes.length === 0 && !state.snapshot.notes?.length,
  );

  return (
    <MapActionsContext.Provider value={actions}>
      <ElementMarksContext.Provider value={marks}>
        <div
          className="canvas"
          ref={wrapper}
          // Where focus goes when nothing on the map can have it (an empty map, after a delete).
          tabIndex={-1}
          onKeyDownCapture={onKeyDownCapture}
          onPointerMove={onPointerMove}
          onPointerLeave={onPointerLeave}
        >
          <CanvasFlow
            flow={flow}
            awareness={awareness}
            onSelection={onSelection}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            {...dragHandlers}
            onConnect={connecting.onConnect}
            onConnectEnd={connecting.onConnectEnd}
            onDelete={onDelete}
            onDragOver={onDragOver}
            onDrop={onDrop}
            onNodeContextMenu={onElementContextMenu}
            onEdgeContextMenu={onElementContextMenu}
            onPaneClick={menus.closeMenu}
            onMove={viewportEvents?.onMove}
            connectionMode={ConnectionMode.Loose}
            nodesDraggable={!readOnly}
            nodesConnectable={!readOnly}
            deleteKeyCode={readOnly ? null : DELETE_KEYS}
            multiSelectionKeyCode={MULTI_SELECT_KEYS}
            snapToGrid={snap}
            snapGrid={SNAP_GRID}
            fitView
            fitViewOptions={FIT_VIEW}
            // Far enough out for fit-to-view to show a region's whole map.
            minZoom={0.02}
          >
            <Background gap={GRID} color={COLOR.grid} />
            <Controls showInteractive={false} fitViewOptions={FIT_VIEW} />
            <ZoomLevel />
            <MapMiniMap />
            <RemoteCursors awareness={awareness} />
            {children}
            {empty && (
              <Panel position="top-center" className="empty-hint">
                {readOnly
                  ? 'Nothing has been drawn on this map yet. What others add appears here as they add it.'
                  : 'This map is empty. Add a body or a footprint from the palette — click it, or drag it here.'}
              </Panel>
            )}
          </CanvasFlow>
          {connecting.pending && (
            <ConnectMenu
              pending={connecting.pending}
              onChoose={connecting.choose}
              onCancel={connecting.cancelConnect}
            />
          )}
          {menus.menu && (
            <ElementMenu
              menu={menus.menu}
              onStatus={menus.menuStatus}
              onDelete={() => {
                const ids = menus.menu?.ids ?? [];
                focusPastDeleted(wrapper.current, ids, ids[0]);
                menus.menuDelete();
              }}
              onClose={menus.closeMenu}
              onDuplicate={
                !readOnly && menuNodeIds.length > 0
                  ? () => {
                      duplicate(menuNodeIds);
                      menus.closeMenu();
                    }
                  : undefined
              }
              onArrange={
                !readOnly
                  ? (command) => {
                      arrange(command);
                      menus.closeMenu();
                    }
                  : undefined
              }
              onConnectTo={
                connectFrom &&
                (() => {
                  // Focus goes back to the body when the dialog closes.
                  focusOnCanvas(wrapper.current, connectFrom.id);
                  menus.closeMenu();
                  connectTo.open(connectFrom.id);
                })
              }
            />
          )}
          {connectTo.source && (
            <ConnectToDialog
              source={connectTo.source}
              onConnect={connectTo.connect}
              onClose={connectTo.close}
            />
          )}
        </div>
      </ElementMarksContext.Provider>
    </MapActionsContext.Provider>
  );
}
