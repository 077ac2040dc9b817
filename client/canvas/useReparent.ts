import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { placeNodes } from '../../shared/ydoc/nodes.ts';
import type { Position } from '../../shared/ydoc/schema.ts';
import { type FootprintBox, findFootprintAt } from './findFootprintAt.ts';
import type { MapFlowEdge, MapFlowNode } from './toFlow.ts';

/**
 * Footprint membership by position: a body (or footprint) dropped inside a footprint
 * becomes its child, with its position made relative to it; dropped outside every
 * footprint, it goes back onto the canvas.
 */
export function useReparent(doc: Y.Doc, origin: unknown) {
  const flow = useReactFlow<MapFlowNode, MapFlowEdge>();

  const absolute = useCallback(
    (id: string, fallback: Position) =>
      flow.getInternalNode(id)?.internals.positionAbsolute ?? fallback,
    [flow],
  );

  const footprintBoxes = useCallback((): FootprintBox[] => {
    return flow
      .getNodes()
      .filter((node) => node.type === 'footprint')
      .map((node) => {
        const at = absolute(node.id, node.position);
        return {
          id: node.id,
          x: at.x,
          y: at.y,
          width: node.measured?.width ?? node.width ?? 0,
          height: node.measured?.height ?? node.height ?? 0,
        };
      });
  }, [flow, absolute]);

  const descendantsOf = useCallback(
    (id: string): Set<string> => {
      const all = flow.getNodes();
      const found = new Set([id]);
      let grew = true;
      while (grew) {
        grew = false;
        for (const node of all) {
          if (node.parentId && found.has(node.parentId) && !found.has(node.id)) {
            found.add(node.id);
            grew = true;
          }
        }
      }
      return found;
    },
    [flow],
  );

  /** The innermost footprint at a point of the canvas (flow coordinates). */
  const parentAt = useCallback(
    (point: Position, excluded: ReadonlySet<string>) =>
      findFootprintAt(point, footprintBoxes(), excluded),
    [footprintBoxes],
  );

  /** Writes where dragged nodes were dropped, moving them into or out of footprints. */
  const reparentDropped = useCallback(
    (dragged: readonly MapFlowNode[]) => {
      const draggedIds = new Set(dragged.map((n) => n.id));
      const boxes = footprintBoxes();
      placeNodes(
        doc,
        origin,
        dragged.map((node) => {
          // A node whose parent moves with it keeps its place inside that parent.
          if (node.parentId && draggedIds.has(node.parentId))
            return { id: node.id, position: node.position };
          const at = absolute(node.id, node.position);
          const width = node.measured?.width ?? 0;
          const height = node.measured?.height ?? 0;
          const centre = { x: at.x + width / 2, y: at.y + height / 2 };
          const parent = findFootprintAt(centre, boxes, descendantsOf(node.id));
          if ((parent?.id ?? undefined) === node.parentId)
            return { id: node.id, position: node.position };
          return parent
            ? {
                id: node.id,
                position: { x: at.x - parent.x, y: at.y - parent.y },
                parentId: parent.id,
              }
            : { id: node.id, position: { x: at.x, y: at.y }, parentId: null };
        }),
      );
    },
    [doc, origin, footprintBoxes, absolute, descendantsOf],
  );

  return { parentAt, reparentDropped };
}
