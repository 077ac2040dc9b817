import { useReactFlow } from '@xyflow/react';
import { type RefObject, useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { FOOTPRINT_DEFAULT_SIZE } from '../../../shared/model/footprints.ts';
import type { Position } from '../../../shared/ydoc/schema.ts';
import type { MapState } from '../../store/mapStore.ts';
import type { ArrangeCommand } from '../commands/arrange.ts';
import { focusTargets } from '../commands/focusTargets.ts';
import type { FootprintBox } from '../findFootprintAt.ts';
import type { PaletteItem } from '../paletteItem.ts';
import { findFreeSpot, NEW_BODY_SIZE, settleAcrossEdges, shownWellInside } from '../placement.ts';
import type { MapFlowEdge, MapFlowNode } from '../toFlow.ts';
import { focusPastDeleted } from './useCanvasKeyboard.ts';
import type { FlowElements } from './useFlowElements.ts';

/** What the rest of the page can ask of the canvas. */
export interface CanvasHandle {
  add: (item: PaletteItem) => void;
  deleteSelection: () => void;
  /** Aligns or distributes the selection. */
  arrange: (command: ArrangeCommand) => void;
  /** Selects these elements and zooms to them. */
  focus: (ids: readonly string[]) => void;
}

/** Hands the page its handle on the canvas, renewed when what it uses changes. */
export function useCanvasHandle(options: {
  onReady: (handle: CanvasHandle) => void;
  wrapper: RefObject<HTMLDivElement | null>;
  addAt: (item: PaletteItem, topLeft: Position) => void;
  /** The footprints on the canvas, as boxes (a new body never straddles one's edge). */
  footprintBoxes: () => readonly FootprintBox[];
  deleteUnlocked: (nodeIds: readonly string[], edgeIds: readonly string[]) => void;
  arrange: (command: ArrangeCommand) => void;
  /** The map on show. */
  shown: StoreApi<MapState>;
  select: FlowElements['select'];
}) {
  const { onReady, wrapper, addAt, footprintBoxes, deleteUnlocked, arrange, shown, select } =
    options;
  const flow = useReactFlow<MapFlowNode, MapFlowEdge>();
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
          .filter((node) => node.type !== 'footprint')
          .map((node) => {
            const at = flow.getInternalNode(node.id)?.internals.positionAbsolute ?? node.position;
            return {
              x: at.x,
              y: at.y,
              width: node.measured?.width ?? NEW_BODY_SIZE.width,
              height: node.measured?.height ?? NEW_BODY_SIZE.height,
            };
          });
        const footprints = footprintBoxes();
        const spot = findFreeSpot(centre, occupied, (at) => settleAcrossEdges(at, footprints));
        // Where the flow's origin is on screen, read before the body is added: read after, it
        // would have the browser lay out the whole map again first, in the click's own task.
        const origin = flow.flowToScreenPosition({ x: 0, y: 0 });
        const zoom = flow.getZoom();
        addAt(item, spot);
        // On a crowded view the free spot is further out, maybe under a panel or off screen:
        // the view then moves to the new body, at the same zoom.
        if (box && !shownWellInside(spot, origin, zoom, box)) {
          flow.setCenter(spot.x + NEW_BODY_SIZE.width / 2, spot.y + NEW_BODY_SIZE.height / 2, {
            zoom,
          });
        }
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
        // Focus goes to the map before the button it came from is disabled by the delete.
        focusPastDeleted(wrapper.current, [...nodeIds, ...edgeIds], undefined);
        deleteUnlocked(nodeIds, edgeIds);
      },
      arrange,
      focus: (ids) => {
        const wanted = new Set(ids);
        select(wanted);
        requestAnimationFrame(() =>
          flow.fitView({
            nodes: focusTargets(wanted, shown.getState().edgeById).map((id) => ({ id })),
            duration: 400,
            maxZoom: 1.2,
            padding: 0.4,
            includeHiddenNodes: true,
          }),
        );
      },
    });
  }, [onReady, flow, wrapper, addAt, footprintBoxes, deleteUnlocked, arrange, shown, select]);
}
