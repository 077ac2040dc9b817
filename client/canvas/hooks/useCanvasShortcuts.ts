import { useReactFlow } from '@xyflow/react';
import { type RefObject, useCallback, useEffect } from 'react';
import type * as Y from 'yjs';
import type { StoreApi } from 'zustand/vanilla';
import { countOf } from '../../../shared/spec/countOf.ts';
import {
  type CopiedElements,
  copyElements,
  parseCopiedElements,
  pasteElements,
} from '../../../shared/ydoc/clipboard.ts';
import type { MapState } from '../../store/mapStore.ts';
import { FIT_VIEW } from '../fitViewOptions.ts';
import type { MapFlowEdge, MapFlowNode } from '../toFlow.ts';
import type { FlowElements } from './useFlowElements.ts';

/** How far a duplicate lands from what it copies, down and to the right. */
const DUPLICATE_OFFSET = 32;

/** True when typing goes into a field, where the browser's own shortcuts must work. */
function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * The canvas's editing and view shortcuts, while focus is on the canvas:
 * - Ctrl+C / Ctrl+X copy (and cut) the selection to the clipboard as text, so it pastes into
 *   another map, in this tab or another; Ctrl+V pastes it in the middle of the view;
 *   Ctrl+D duplicates in place, a little offset. Pasted elements are new and proposed.
 * - Ctrl+A selects every element of the map, not the page's text.
 * - Ctrl+= and Ctrl+- zoom in and out, Ctrl+0 shows the map at 100 %, Shift+1 fits it.
 */
export function useCanvasShortcuts(options: {
  doc: Y.Doc;
  origin: unknown;
  /** The map on show. */
  shown: StoreApi<MapState>;
  readOnly: boolean;
  wrapper: RefObject<HTMLDivElement | null>;
  select: FlowElements['select'];
  deleteUnlocked: (nodeIds: readonly string[], edgeIds: readonly string[]) => void;
  onNotice: (message: string) => void;
}) {
  const { doc, origin, shown, readOnly, wrapper, select } = options;
  const { deleteUnlocked, onNotice } = options;
  const flow = useReactFlow<MapFlowNode, MapFlowEdge>();

  const selectLater = useCallback(
    (ids: readonly string[]) => {
      const wanted = new Set(ids);
      // The pasted nodes reach the canvas through the store on the next render.
      requestAnimationFrame(() => requestAnimationFrame(() => select(wanted)));
    },
    [select],
  );
  const paste = useCallback(
    (copied: CopiedElements, topLeft: { x: number; y: number }) => {
      if (readOnly) return onNotice('This map is read-only here: nothing can be pasted.');
      if (copied.nodes.length === 0) return;
      const ids = pasteElements(doc, origin, copied, topLeft);
      selectLater(ids);
      onNotice(`Pasted ${countOf(ids.length, 'element')}: proposed, for the room to agree.`);
    },
    [doc, origin, readOnly, selectLater, onNotice],
  );
  /** Copies these nodes (and what ties them) a little down and to the right, selected. */
  const duplicate = useCallback(
    (ids: readonly string[]) => {
      if (ids.length === 0) return;
      const corners = ids.map(
        (id) => flow.getInternalNode(id)?.internals.positionAbsolute ?? { x: 0, y: 0 },
      );
      paste(copyElements(shown.getState().snapshot, ids), {
        x: Math.min(...corners.map((corner) => corner.x)) + DUPLICATE_OFFSET,
        y: Math.min(...corners.map((corner) => corner.y)) + DUPLICATE_OFFSET,
      });
    },
    [flow, shown, paste],
  );

  useEffect(() => {
    const onCanvas = (event: Event) =>
      !typing(event.target) &&
      document.activeElement instanceof Node &&
      (wrapper.current?.contains(document.activeElement) ?? false);
    const selectedNodeIds = () =>
      flow
        .getNodes()
        .filter((node) => node.selected)
        .map((node) => node.id);
    const viewCentre = () => {
      const box = wrapper.current?.getBoundingClientRect();
      const centre = box
        ? flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 })
        : { x: 0, y: 0 };
      return { x: Math.round(centre.x - 120), y: Math.round(centre.y - 50) };
    };

    const onCopy = (event: ClipboardEvent) => {
      if (!onCanvas(event)) return;
      const ids = selectedNodeIds();
      if (ids.length === 0 || !event.clipboardData) return;
      event.preventDefault();
      const copied = copyElements(shown.getState().snapshot, ids);
      event.clipboardData.setData('text/plain', JSON.stringify(copied));
      if (event.type === 'cut' && !readOnly) {
        deleteUnlocked(ids, []);
        onNotice(`Cut ${countOf(copied.nodes.length, 'element')}.`);
      } else {
        onNotice(
          `Copied ${countOf(copied.nodes.length, 'element')}: paste with Ctrl+V here or on another map.`,
        );
      }
    };
    const onPaste = (event: ClipboardEvent) => {
      if (!onCanvas(event)) return;
      const copied = parseCopiedElements(event.clipboardData?.getData('text/plain') ?? '');
      if (!copied) return;
      event.preventDefault();
      paste(copied, viewCentre());
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!onCanvas(event)) return;
      const command = event.ctrlKey || event.metaKey;
      if (command && event.key.toLowerCase() === 'a') {
        event.preventDefault();
        select('all');
        return;
      }
      if (command && event.key.toLowerCase() === 'd') {
        event.preventDefault();
        duplicate(selectedNodeIds());
        return;
      }
      if (command && (event.key === '=' || event.key === '+')) {
        event.preventDefault();
        void flow.zoomIn({ duration: 150 });
      } else if (command && event.key === '-') {
        event.preventDefault();
        void flow.zoomOut({ duration: 150 });
      } else if (command && event.key === '0') {
        event.preventDefault();
        void flow.zoomTo(1, { duration: 150 });
      } else if (event.shiftKey && event.code === 'Digit1' && !command) {
        event.preventDefault();
        void flow.fitView({ ...FIT_VIEW, duration: 200 });
      }
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCopy);
    document.addEventListener('paste', onPaste);
    const element = wrapper.current;
    element?.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCopy);
      document.removeEventListener('paste', onPaste);
      element?.removeEventListener('keydown', onKeyDown);
    };
  }, [shown, readOnly, wrapper, select, deleteUnlocked, onNotice, flow, paste, duplicate]);
  return { duplicate };
}
