import { type NodeMouseHandler, type ReactFlowState, useStore, useStoreApi } from '@xyflow/react';
import { type MouseEvent as ReactMouseEvent, useEffect, useRef } from 'react';
import { flushSync } from 'react-dom';
import { mayHitBlock, paintedBodyAt } from './farHit.ts';
import type { MapFlowNode } from './toFlow.ts';

const selectDomNode = (state: ReactFlowState) => state.domNode;

/** A press on a painted block, until its click (or the drag it became) is over. */
interface Press {
  id: string;
  down: MouseEvent;
  /** The card was handed the press, so React Flow drags it if the pointer moves. */
  handed: boolean;
}

/** The card React Flow draws for node `id`, once it has drawn one. */
function cardOf(domNode: Element, id: string): HTMLElement | null {
  return domNode.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
}

/** A copy of a mouse event, to hand to a card as if it had been pressed itself. */
function copyOf(event: MouseEvent, type = event.type): MouseEvent {
  return new MouseEvent(type, event);
}

/**
 * The pointer on the zoomed-out view of a big map, where most bodies have no card (only a
 * block painted on the canvas, farCardless.ts): a press on a block does what a press on its
 * card would. It selects the body as a click on a card does (with Ctrl, ⌘ or Shift, adds it
 * to the selection or takes it out), which gives it a card; moved, it drags the body (the
 * press is handed to the new card, for React Flow to drag); a right click opens the body's
 * menu; a double-click renames it on its card. The press neither pans the canvas nor clears
 * the selection, as a press on a card does not. Over a block the pointer is a hand.
 */
export function FarPointer({
  active,
  onPress,
  onContextMenu,
}: {
  active: boolean;
  /**
   * A block was pressed: the body keeps its card while it is the one last pressed (null: a
   * press elsewhere on the canvas).
   */
  onPress: (id: string | null) => void;
  onContextMenu: NodeMouseHandler<MapFlowNode> | undefined;
}) {
  const store = useStoreApi();
  // React Flow's own element, once it has one.
  const domNode = useStore(selectDomNode);
  const latest = useRef({ onPress, onContextMenu });
  latest.current = { onPress, onContextMenu };

  useEffect(() => {
    if (!active || !domNode) return;
    let press: Press | null = null;

    const blockAt = (event: MouseEvent): string | null => {
      if (!(event.target instanceof Element) || !mayHitBlock(event.target)) return null;
      const { transform, nodes, nodeLookup } = store.getState();
      const box = domNode.getBoundingClientRect();
      const [x, y, zoom] = transform;
      const point = {
        x: (event.clientX - box.left - x) / zoom,
        y: (event.clientY - box.top - y) / zoom,
      };
      return paintedBodyAt(nodes, nodeLookup, point);
    };

    const select = (id: string) => {
      const { nodeLookup, addSelectedNodes, unselectNodesAndEdges, multiSelectionActive } =
        store.getState();
      const node = nodeLookup.get(id);
      if (!node) return;
      if (!node.selected) addSelectedNodes([id]);
      else if (multiSelectionActive) unselectNodesAndEdges({ nodes: [node], edges: [] });
    };

    // A body's card is drawn a frame or two after it is given one: `then` runs on it then.
    const whenDrawn = (id: string, then: (card: HTMLElement) => void, frames = 10) => {
      const card = cardOf(domNode, id);
      if (card) then(card);
      else if (frames > 0) requestAnimationFrame(() => whenDrawn(id, then, frames - 1));
    };
    // Focused as a press on the card would focus it.
    const focusWhenDrawn = (id: string) =>
      whenDrawn(id, (card) => card.focus({ preventScroll: true }));

    const onMouseDown = (event: MouseEvent) => {
      if (event.button !== 0 && event.button !== 2) return;
      const id = blockAt(event);
      if (!id) {
        // A press elsewhere on the canvas: the body last pressed needs its card no more.
        if (event.target instanceof Element && mayHitBlock(event.target)) {
          latest.current.onPress(null);
        }
        return;
      }
      // Not a pan of the canvas, nor a selection box, nor a pane's click.
      event.stopPropagation();
      event.preventDefault();
      press = { id, down: event, handed: false };
      flushSync(() => latest.current.onPress(id));
      if (event.button === 0) {
        select(id);
        handOn(press);
      }
      focusWhenDrawn(id);
    };

    // React Flow drags a card from its own mousedown: handed the press, the card follows the
    // pointer from where it was pressed, as if it had been pressed itself.
    const handOn = (current: Press) => {
      const card = cardOf(domNode, current.id);
      if (!card) return;
      current.handed = true;
      card.dispatchEvent(copyOf(current.down));
    };

    // The card is drawn a frame after the press at the latest: handed the press then.
    const onMouseMove = (event: MouseEvent) => {
      if (!press || press.handed || press.down.button !== 0) return;
      if (event.clientX === press.down.clientX && event.clientY === press.down.clientY) return;
      handOn(press);
    };

    const onClick = (event: MouseEvent) => {
      if (!press) return;
      // The click of a press on a block: it selected the body already, and the pane's own
      // click would clear the selection.
      event.stopPropagation();
      press = null;
    };

    const onMouseUp = () => {
      // A press's click comes straight after its mouseup, if it has one: none later is its.
      const ended = press;
      setTimeout(() => {
        if (press === ended) press = null;
      });
    };

    const onContextMenu = (event: MouseEvent) => {
      const id = blockAt(event);
      const node = id ? store.getState().nodeLookup.get(id) : undefined;
      if (!node) return;
      event.preventDefault();
      event.stopPropagation();
      press = null;
      latest.current.onContextMenu?.(
        event as unknown as ReactMouseEvent,
        node.internals.userNode as MapFlowNode,
      );
    };

    // A double-click quicker than the card's drawing reaches the card once it is drawn.
    const onDoubleClick = (event: MouseEvent) => {
      const id = blockAt(event);
      if (!id) return;
      event.stopPropagation();
      const copy = copyOf(event);
      whenDrawn(id, (card) => card.dispatchEvent(copy));
    };

    // Over a block the pointer shows it can be pressed.
    const onHover = (event: MouseEvent) => {
      if (event.buttons !== 0) return;
      domNode.classList.toggle('is-over-block', blockAt(event) !== null);
    };

    // One signal takes every listener off again.
    const listening = new AbortController();
    const capture = { capture: true, signal: listening.signal };
    domNode.addEventListener('mousedown', onMouseDown, capture);
    domNode.addEventListener('click', onClick, capture);
    domNode.addEventListener('contextmenu', onContextMenu, capture);
    domNode.addEventListener('dblclick', onDoubleClick, capture);
    domNode.addEventListener('mousemove', onHover, { signal: listening.signal });
    window.addEventListener('mousemove', onMouseMove, capture);
    window.addEventListener('mouseup', onMouseUp, capture);
    return () => {
      listening.abort();
      domNode.classList.remove('is-over-block');
    };
  }, [active, store, domNode]);

  return null;
}
