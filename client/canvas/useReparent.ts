import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { type Placement, placeNodes } from '../../shared/ydoc/nodes.ts';
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

  /** The footprint a node belongs to with its top-left corner at `topLeft`: where its centre is. */
  const footprintFor = useCallback(
    (id: string, topLeft: Position, boxes: readonly FootprintBox[] = footprintBoxes()) => {
      const node = flow.getNode(id);
      const width = node?.measured?.width ?? node?.width ?? 0;
      const height = node?.measured?.height ?? node?.height ?? 0;
      const centre = { x: topLeft.x + width / 2, y: topLeft.y + height / 2 };
      return findFootprintAt(centre, boxes, descendantsOf(id));
    },
    [flow, footprintBoxes, descendantsOf],
  );

  /** A placement at `topLeft` (canvas coordinates), in or out of footprints as a drop is. */
  const placementAt = useCallback(
    (node: MapFlowNode, topLeft: Position, boxes: readonly FootprintBox[]): Placement => {
      const parent = footprintFor(node.id, topLeft, boxes);
      return parent
        ? {
            id: node.id,
            position: { x: topLeft.x - parent.x, y: topLeft.y - parent.y },
            parentId: parent.id,
          }
        : { id: node.id, position: topLeft, parentId: null };
    },
    [footprintFor],
  );

  /** Writes where dragged nodes were dropped, moving them into or out of footprints. */
  const reparentDropped = useCallback(
    (dragged: readonly MapFlowNode[]) => {
      const draggedIds = new Set(dragged.map((n) => n.id));
      const boxes = footprintBoxes();
      placeNodes(
        doc,
        origin,
        dragged.map((node) =>
          // A node whose parent moves with it keeps its place inside that parent.
          node.parentId && draggedIds.has(node.parentId)
            ? { id: node.id, position: node.position }
            : placementAt(node, absolute(node.id, node.position), boxes),
        ),
      );
    },
    [doc, origin, footprintBoxes, absolute, placementAt],
  );

  /**
   * Moves nodes to new places on the canvas (top-left corners in canvas coordinates) in one
   * step, into or out of footprints as a drop does.
   */
  const placeOnCanvas = useCallback(
    (moves: ReadonlyArray<{ id: string; position: Position }>) => {
      const boxes = footprintBoxes();
      placeNodes(
        doc,
        origin,
        moves.flatMap(({ id, position }) => {
          const node = flow.getNode(id);
          return node ? [placementAt(node, position, boxes)] : [];
        }),
      );
    },
    [doc, origin, flow, footprintBoxes, placementAt],
  );

  /** The footprint a keyboard move leaves a node in (for nudgeNodes). */
  const footprintAt = useCallback(
    (id: string, topLeft: Position) => footprintFor(id, topLeft)?.id ?? null,
    [footprintFor],
  );

  return { parentAt, reparentDropped, placeOnCanvas, footprintAt, footprintBoxes };
}
