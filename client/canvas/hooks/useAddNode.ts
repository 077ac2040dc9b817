import { useReactFlow } from '@xyflow/react';
import { type RefObject, useCallback } from 'react';
import type * as Y from 'yjs';
import { addFootprintAround, addNode } from '../../../shared/ydoc/nodes.ts';
import { addNote } from '../../../shared/ydoc/notes.ts';
import type { Position } from '../../../shared/ydoc/schema.ts';
import { newItemCentre, newNodeAt, newNoteAt } from '../commands/newNodeAt.ts';
import type { FootprintBox } from '../findFootprintAt.ts';
import type { PaletteItem } from '../paletteItem.ts';
import { NEW_BODY_SIZE, settleAcrossEdges, takeIn } from '../placement.ts';
import type { MapFlowEdge, MapFlowNode } from '../toFlow.ts';

/**
 * Adds a palette item with its top-left corner at a point of the canvas, where it lands on
 * nothing: a body never straddles a footprint's edge (it goes wholly inside the footprint its
 * centre lands in, or wholly outside), and a footprint drawn over bodies takes them in. Like
 * a drop, the new element belongs to the footprint its centre lands in; it arrives selected,
 * alone.
 */
export function useAddNode(
  doc: Y.Doc,
  origin: unknown,
  parentAt: (point: Position, excluded: ReadonlySet<string>) => FootprintBox | null,
  footprintBoxes: () => FootprintBox[],
  selectOnArrival: RefObject<string | null>,
) {
  const flow = useReactFlow<MapFlowNode, MapFlowEdge>();

  /** The elements directly inside `parentId` (or on the canvas itself), as boxes on the canvas. */
  const neighboursIn = useCallback(
    (parentId: string | undefined) =>
      flow
        .getNodes()
        .filter((node) => node.parentId === parentId)
        .map((node) => {
          const at = flow.getInternalNode(node.id)?.internals.positionAbsolute ?? node.position;
          const width = node.measured?.width ?? node.width ?? NEW_BODY_SIZE.width;
          const height = node.measured?.height ?? node.height ?? NEW_BODY_SIZE.height;
          return { id: node.id, x: at.x, y: at.y, width, height };
        }),
    [flow],
  );

  return useCallback(
    (item: PaletteItem, requested: Position) => {
      let topLeft = requested;
      if (item.type === 'body') {
        const body = { ...requested, ...NEW_BODY_SIZE };
        topLeft = settleAcrossEdges(body, footprintBoxes());
      }
      const parent = parentAt(newItemCentre(item, topLeft), new Set());
      selectOnArrival.current = null;
      if (item.type === 'footprint') {
        const node = newNodeAt(item, topLeft, parent);
        const size = node.size ?? { w: 0, h: 0 };
        const { box, taken } = takeIn(
          { ...topLeft, width: size.w, height: size.h },
          neighboursIn(parent?.id),
        );
        const at = { x: box.x, y: box.y };
        const grown = {
          ...newNodeAt(item, at, parent),
          size: { w: Math.round(box.width), h: Math.round(box.height) },
        };
        const children = neighboursIn(parent?.id)
          .filter((neighbour) => taken.includes(neighbour.id))
          .map((neighbour) => ({ id: neighbour.id, absolute: { x: neighbour.x, y: neighbour.y } }));
        selectOnArrival.current = addFootprintAround(doc, origin, grown, children);
      } else if (item.type === 'note') {
        selectOnArrival.current = addNote(doc, origin, newNoteAt(item, topLeft, parent));
      } else {
        selectOnArrival.current = addNode(doc, origin, newNodeAt(item, topLeft, parent));
      }
    },
    [doc, origin, parentAt, footprintBoxes, neighboursIn, selectOnArrival],
  );
}
