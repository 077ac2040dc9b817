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

/** A copy of a touch event, to hand to a card as if the finger were on it. */
function touchCopyOf(event: TouchEvent): TouchEvent {
  return new TouchEvent(event.type, {
    bubbles: true,
    cancelable: true,
    composed: true,
    touches: [...event.touches],
    targetTouches: [...event.targetTouches],
    changedTouches: [...event.changedTouches],
  });
}

/** A finger on a painted block, until it is lifted. */
interface TouchPress {
  id: string;
  start: TouchEvent;
  /** The card was handed the touch, so React Flow drags it as the finger moves. */
  handed: boolean;
}

/**
 * The pointer on the zoomed-out view of a big map, where most bodies have no card (only a
 * block painted on the canvas, farCardless.ts): a press on a block does what a press on its
 * card would. It selects the body as a click on a card does (with Ctrl, ⌘ or Shift, adds it
 * to the selection or takes it out), which gives it a card; moved, it drags the body (the
 * press is handed to the new card, for React Flow to drag); a right click opens the body's
 * menu; a double-click renames it on its card. The press neither pans the canvas nor clears
 * the selection, as a press on a card does not. Over a block the pointer is a hand. A finger
 * does the same: a tap selects, a finger that moves drags the body; one finger on the empty
 * canvas, or two anywhere, pan and zoom as before.
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
    let touch: TouchPress | null = null;
    // While a copy is handed to a card: the listeners below see it pass, and let it.
    let handing = false;
    const handTouch = (card: Element | null, event: TouchEvent) => {
      if (!card) return;
      handing = true;
      try {
        card.dispatchEvent(touchCopyOf(event));
      } finally {
        handing = false;
      }
    };

    // The body painted under a point of the screen, where the event reached no card.
    const blockUnder = (target: EventTarget | null, clientX: number, clientY: number) => {
      if (!(target instanceof Element) || !mayHitBlock(target)) return null;
      const { transform, nodes, nodeLookup } = store.getState();
      const box = domNode.getBoundingClientRect();
      const [x, y, zoom] = transform;
      const point = { x: (clientX - box.left - x) / zoom, y: (clientY - box.top - y) / zoom };
      return paintedBodyAt(nodes, nodeLookup, point);
    };
    const blockAt = (event: MouseEvent): string | null =>
      blockUnder(event.target, event.clientX, event.clientY);

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

    // The block a press at this point lands on. A press elsewhere on the canvas: the body last
    // pressed needs its card no more.
    const pressedBlock = (target: EventTarget | null, clientX: number, clientY: number) => {
      const id = blockUnder(target, clientX, clientY);
      if (!id && target instanceof Element && mayHitBlock(target)) latest.current.onPress(null);
      return id;
    };
    // A press on a block is not a pan of the canvas, a selection box or a pane's click (nor,
    // for a finger, the mouse events after it); its body has its card from now.
    const takePress = (event: Event, id: string) => {
      event.stopPropagation();
      event.preventDefault();
      flushSync(() => latest.current.onPress(id));
    };

    const onMouseDown = (event: MouseEvent) => {
      if (event.button !== 0 && event.button !== 2) return;
      const id = pressedBlock(event.target, event.clientX, event.clientY);
      if (!id) return;
      takePress(event, id);
      press = { id, down: event, handed: false };
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

    // One finger on a block: selected at once; as it moves, the body's card is handed the
    // touch and every move after it, for React Flow to drag (its drag listens on the card,
    // and a finger's moves go where it first touched: the canvas under the block).
    const handTouchOn = (current: TouchPress) => {
      const card = cardOf(domNode, current.id);
      if (!card) return;
      current.handed = true;
      handTouch(card, current.start);
    };

    const onTouchStart = (event: TouchEvent) => {
      if (handing) return;
      if (touch) {
        // Another finger while one drags a body: the drag goes on, nothing pans.
        event.stopPropagation();
        event.preventDefault();
        return;
      }
      const finger = event.touches[0];
      // Two fingers: a pinch, React Flow's own.
      if (event.touches.length !== 1 || !finger) return;
      const id = pressedBlock(event.target, finger.clientX, finger.clientY);
      if (!id) return;
      takePress(event, id);
      touch = { id, start: event, handed: false };
      select(id);
      handTouchOn(touch);
      focusWhenDrawn(id);
    };

    const onTouchMove = (event: TouchEvent) => {
      if (!touch || handing) return;
      event.stopPropagation();
      event.preventDefault();
      if (!touch.handed) handTouchOn(touch);
      if (touch.handed) handTouch(cardOf(domNode, touch.id), event);
    };

    const onTouchEnd = (event: TouchEvent) => {
      if (!touch || handing) return;
      event.stopPropagation();
      event.preventDefault();
      if (touch.handed) handTouch(cardOf(domNode, touch.id), event);
      if (event.touches.length === 0) touch = null;
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
    // Not passive: a finger on a block must not also pan the page or the canvas.
    const touches = { ...capture, passive: false };
    domNode.addEventListener('touchstart', onTouchStart, touches);
    domNode.addEventListener('touchmove', onTouchMove, touches);
    domNode.addEventListener('touchend', onTouchEnd, touches);
    domNode.addEventListener('touchcancel', onTouchEnd, touches);
    window.addEventListener('mousemove', onMouseMove, capture);
    window.addEventListener('mouseup', onMouseUp, capture);
    return () => {
      listening.abort();
      domNode.classList.remove('is-over-block');
    };
  }, [active, store, domNode]);

  return null;
}
