import { useReactFlow } from '@xyflow/react';
import { type KeyboardEvent, type RefObject, useCallback } from 'react';
import type * as Y from 'yjs';
import { nudgeNodes, placeNodes } from '../../../shared/ydoc/nodes.ts';
import { keptByLocksMessage } from '../../facilitate/lockGuard.ts';
import { arrowDelta, arrowMove, focusAfterDelete, resizedBy } from '../commands/keyboardMoves.ts';
import type { MapFlowEdge, MapFlowNode } from '../toFlow.ts';

const FOCUSABLE = '.react-flow__node, .react-flow__edge';

// Nodes are HTML and relationships SVG; both take focus and carry their id in data-id.
type CanvasElement = HTMLElement | SVGElement;

/** The node or edge element that has focus itself (not a field inside it), and its id. */
function focusedElement(event: KeyboardEvent): { element: CanvasElement; id: string } | null {
  const target = event.target;
  if (!(target instanceof HTMLElement || target instanceof SVGElement)) return null;
  const element = target.closest<CanvasElement>(FOCUSABLE);
  const id = element?.getAttribute('data-id');
  if (!element || element !== target || !id) return null;
  return { element, id };
}

/** Focuses a node or edge of the canvas by id, or the canvas itself when there is none. */
export function focusOnCanvas(wrapper: HTMLElement | null, id: string | null): void {
  if (!wrapper) return;
  const element = id
    ? wrapper.querySelector<CanvasElement>(`:is(${FOCUSABLE})[data-id="${CSS.escape(id)}"]`)
    : null;
  (element ?? wrapper).focus();
}

/**
 * Call just before deleting `gone` (from the element `from`): focus moves at once to the
 * element after it on the map (else the one before, else the map itself), which the delete
 * leaves in place, so focus never falls to the page body (WCAG 2.4.3). Moving it first,
 * rather than waiting for the deleted elements (or a button the delete disables) to leave,
 * leaves nothing to time: the delete re-renders in its own time.
 */
export function focusPastDeleted(
  wrapper: HTMLElement | null,
  gone: readonly string[],
  from: string | undefined,
): void {
  const order = tabOrder(wrapper);
  const start = from ?? order.find((id) => gone.includes(id)) ?? '';
  focusOnCanvas(wrapper, focusAfterDelete(order, new Set(gone), start));
}

/** The ids of the canvas's nodes and edges in the order Tab visits them. */
function tabOrder(wrapper: HTMLElement | null): string[] {
  return [...(wrapper?.querySelectorAll<CanvasElement>(FOCUSABLE) ?? [])].flatMap((element) => {
    const id = element.getAttribute('data-id');
    return id ? [id] : [];
  });
}

/**
 * The canvas's keyboard, on a focused body, footprint or relationship:
 * - arrows move it (and the rest of the selection), Shift+arrows further; written to the
 *   doc like a drag, so everyone sees the move and it is one undo step;
 * - Alt+arrows resize a footprint;
 * - Shift+F10 or the context-menu key open its menu beside it;
 * - after Delete, focus goes to the next element rather than being lost.
 * React Flow's own arrow-key move is stopped here: it only changed this screen.
 */
export function useCanvasKeyboard(options: {
  doc: Y.Doc;
  origin: unknown;
  readOnly: boolean;
  lockedForMe: ReadonlySet<string>;
  wrapper: RefObject<HTMLDivElement | null>;
  openMenuAt: (id: string, at: { x: number; y: number }) => void;
  onNotice: (message: string) => void;
  /** The footprint a node moved to `topLeft` is then in (client/canvas/useReparent.ts). */
  footprintAt: (id: string, topLeft: { x: number; y: number }) => string | null;
  /** The grid's spacing while snap to grid is on, else null. */
  grid: number | null;
}) {
  const { doc, origin, readOnly, lockedForMe, wrapper, openMenuAt, onNotice } = options;
  const { footprintAt, grid } = options;
  const flow = useReactFlow<MapFlowNode, MapFlowEdge>();

  return useCallback(
    (event: KeyboardEvent) => {
      const focused = focusedElement(event);
      if (!focused) return;
      const { element, id } = focused;

      if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
        event.preventDefault();
        event.stopPropagation();
        const box = element.getBoundingClientRect();
        const canvas = wrapper.current?.getBoundingClientRect();
        openMenuAt(id, {
          x: box.left - (canvas?.left ?? 0),
          y: box.bottom - (canvas?.top ?? 0) + 4,
        });
        return;
      }

      if (event.key === 'Delete' || event.key === 'Backspace') {
        if (readOnly) return;
        const selected = [...flow.getNodes(), ...flow.getEdges()].filter((e) => e.selected);
        // React Flow deletes the selection on this key (through the doc), after this handler.
        // A locked element stays, and keeps focus.
        if (selected.some((e) => e.id === id) && !lockedForMe.has(id)) {
          const gone = selected.map((e) => e.id).filter((gone) => !lockedForMe.has(gone));
          focusPastDeleted(wrapper.current, gone, id);
        }
        return;
      }

      const delta = arrowDelta(event.key, event.shiftKey);
      if (!delta || event.ctrlKey || event.metaKey) return;
      const node = flow.getNode(id);
      if (!node) return;
      event.preventDefault();
      event.stopPropagation();
      if (readOnly) return;

      if (event.altKey) {
        if (node.type !== 'footprint') return;
        if (lockedForMe.has(id)) return onNotice(keptByLocksMessage(1, 'changed'));
        const size = {
          w: node.width ?? node.measured?.width ?? 0,
          h: node.height ?? node.measured?.height ?? 0,
        };
        placeNodes(doc, origin, [{ id, position: node.position, size: resizedBy(size, delta) }]);
        return;
      }

      const nodes = flow.getNodes();
      const chosen = node.selected ? nodes.filter((n) => n.selected).map((n) => n.id) : [id];
      const movable = chosen.filter((n) => !lockedForMe.has(n));
      const kept = chosen.length - movable.length;
      if (kept > 0) onNotice(keptByLocksMessage(kept, 'changed'));
      // Into or out of a footprint by its centre, as a drop: see nudgeNodes.
      const to = arrowMove(delta, event.shiftKey, grid);
      if (movable.length > 0) nudgeNodes(doc, origin, movable, { to, footprintAt });
    },
    [doc, origin, readOnly, lockedForMe, wrapper, openMenuAt, onNotice, flow, footprintAt, grid],
  );
}
