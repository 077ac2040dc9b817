import { type RefObject, useCallback } from 'react';
import type * as Y from 'yjs';
import { addNode } from '../../../shared/ydoc/nodes.ts';
import type { Position } from '../../../shared/ydoc/schema.ts';
import { newItemCentre, newNodeAt } from '../commands/newNodeAt.ts';
import type { FootprintBox } from '../findFootprintAt.ts';
import type { PaletteItem } from '../paletteItem.ts';
import type { FlowElements } from './useFlowElements.ts';

/**
 * Adds a palette item with its top-left corner at a point of the canvas. Like a drop, a new
 * body belongs to the footprint its centre lands in; it arrives selected, alone.
 */
export function useAddNode(
  doc: Y.Doc,
  origin: unknown,
  parentAt: (point: Position, excluded: ReadonlySet<string>) => FootprintBox | null,
  selectOnArrival: RefObject<string | null>,
  setEdges: FlowElements['setEdges'],
) {
  return useCallback(
    (item: PaletteItem, topLeft: Position) => {
      const parent = parentAt(newItemCentre(item, topLeft), new Set());
      selectOnArrival.current = null;
      selectOnArrival.current = addNode(doc, origin, newNodeAt(item, topLeft, parent));
      setEdges((current) =>
        current.map((edge) => (edge.selected ? { ...edge, selected: false } : edge)),
      );
    },
    [doc, origin, parentAt, selectOnArrival, setEdges],
  );
}
