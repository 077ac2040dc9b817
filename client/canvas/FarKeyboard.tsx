import { Panel, type ReactFlowState, useStore, useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';

const selectDomNode = (state: ReactFlowState) => state.domNode;

/** The card a keyboard user starts from: the selected body's, else the first. */
function firstCard(domNode: Element): HTMLElement | null {
  return (
    domNode.querySelector<HTMLElement>('.react-flow__node-body.selected') ??
    domNode.querySelector<HTMLElement>('.react-flow__node-body[tabindex="0"]')
  );
}

/**
 * How long the keyboard's way to a card waits for the cards to be drawn before it gives up
 * (about half a second for 2,000 cards here).
 */
const DRAWN_WITHIN_MS = 10_000;

/**
 * Focuses the card `pick` gives as soon as it takes focus, trying again each frame while
 * `wanted` holds, for at most DRAWN_WITHIN_MS: cards are drawn some frames after they are
 * asked for, and React Flow shows each (a hidden card takes no focus) once it has measured
 * it. `done` runs when it stops, focused or not.
 */
function focusOnceShown(
  pick: () => HTMLElement | null | undefined,
  wanted: () => boolean = () => true,
  done: () => void = () => {},
): void {
  const until = performance.now() + DRAWN_WITHIN_MS;
  const attempt = () => {
    if (wanted() && performance.now() < until) {
      const card = pick();
      card?.focus();
      if (!card || document.activeElement !== card) {
        requestAnimationFrame(attempt);
        return;
      }
    }
    done();
  };
  attempt();
}

/** The cards focus can go to, in the order Tab takes (the page's). */
function cardsOf(domNode: Element): HTMLElement[] {
  return [...domNode.querySelectorAll<HTMLElement>('.react-flow__node[tabindex="0"]')];
}

/**
 * The keyboard's way to the bodies of a big map zoomed out, where most have no card to take
 * focus (farCardless.ts). Focus reaching the canvas from the keyboard draws every body's card
 * again, so Tab goes through them and a screen reader reads each; focus leaving the canvas,
 * or a press of the pointer in it, hands them back to the painted view. Tab on a card that a
 * press of the pointer focused, while the others have none (`cardless`), draws them and goes
 * on to the next card (Shift: the one before), as it would with every card drawn, instead of
 * out of the canvas. `entry` shows this button, first of the canvas's controls (and a skip
 * link's target): focused, it draws the cards; pressed, it takes focus to the selected body,
 * else the first.
 */
export function FarKeyboard({
  entry,
  cardless,
  bodies,
  onKeyboard,
}: {
  entry: boolean;
  cardless: boolean;
  bodies: number;
  onKeyboard: (inside: boolean) => void;
}) {
  const store = useStoreApi();
  // React Flow's own element, once it has one.
  const domNode = useStore(selectDomNode);
  const latest = useRef({ onKeyboard, cardless });
  latest.current = { onKeyboard, cardless };

  useEffect(() => {
    if (!domNode) return;
    // What the person used last: focus that follows a key press is the keyboard's, focus
    // that follows a press of the pointer is not (a card focused as its block is pressed).
    let keys = false;
    let pressedInside = false;
    // Escape is not a walk: closing a body's menu with it gives focus back to the canvas,
    // and drawing every card then (2,000 on a whole system) would catch the pointer's next
    // press half-way, as a double-click on a block just after a right click was.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') keys = true;
      if (event.key === 'Tab') tabFromCard(event);
    };
    // A Tab on its way from a card while the cards are drawn: further presses meanwhile
    // (a second or so on a whole system) add to how far it goes.
    let onItsWay: { from: Element; steps: number } | null = null;
    // Tab on a card while the others are painted: the next card is one the page lacks yet.
    const tabFromCard = (event: KeyboardEvent) => {
      const from = document.activeElement;
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      // Still on its way (drawn or not: the cards may be drawn a frame before it moves on).
      if (onItsWay && onItsWay.from === from) {
        event.preventDefault();
        onItsWay.steps += event.shiftKey ? -1 : 1;
        return;
      }
      if (!latest.current.cardless) return;
      if (!(from instanceof HTMLElement) || !from.classList.contains('react-flow__node')) return;
      if (!domNode.contains(from) || !from.dataset.id) return;
      // Only where a card follows in that direction once all are drawn (React Flow draws
      // them in its nodes' order); from the last, Tab leaves the canvas as it would anyway.
      const { nodes } = store.getState();
      const at = nodes.findIndex((node) => node.id === from.dataset.id);
      const step = event.shiftKey ? -1 : 1;
      let next = at + step;
      while (nodes[next] && nodes[next]?.focusable === false) next += step;
      if (at < 0 || !nodes[next]) return;
      event.preventDefault();
      latest.current.onKeyboard(true);
      // Once the cards are drawn (2,000 of them take a while); `from` keeps its card
      // meanwhile. Focus moved on some other way (a click) meanwhile: that is where it stays.
      const way = { from, steps: step };
      onItsWay = way;
      const target = () => {
        const cards = latest.current.cardless ? [] : cardsOf(domNode);
        const at = cards.indexOf(from);
        // As far as the presses went, or the last card that way.
        const to = Math.min(Math.max(at + way.steps, 0), cards.length - 1);
        return at < 0 || to === at ? undefined : cards[to];
      };
      requestAnimationFrame(() =>
        focusOnceShown(
          target,
          () => document.activeElement === from,
          () => {
            if (onItsWay === way) onItsWay = null;
          },
        ),
      );
    };
    const onPointerDown = (event: PointerEvent) => {
      keys = false;
      pressedInside = event.target instanceof Node && domNode.contains(event.target);
    };
    // A press of the pointer in the canvas ends the keyboard's walk, once the press is over
    // (what it pressed is selected, and keeps its card), unless a key began one since.
    const onPointerUp = () => {
      if (!pressedInside) return;
      pressedInside = false;
      setTimeout(() => {
        if (!keys) latest.current.onKeyboard(false);
      });
    };
    const onFocusIn = () => {
      if (keys) latest.current.onKeyboard(true);
    };
    const onFocusOut = (event: FocusEvent) => {
      const to = event.relatedTarget;
      if (!(to instanceof Node) || !domNode.contains(to)) latest.current.onKeyboard(false);
    };
    // One signal takes every listener off again.
    const listening = new AbortController();
    const { signal } = listening;
    window.addEventListener('keydown', onKey, { capture: true, signal });
    window.addEventListener('pointerdown', onPointerDown, { capture: true, signal });
    window.addEventListener('pointerup', onPointerUp, { capture: true, signal });
    domNode.addEventListener('focusin', onFocusIn, { signal });
    domNode.addEventListener('focusout', onFocusOut, { signal });
    return () => listening.abort();
  }, [store, domNode]);

  if (!entry) return null;
  const goToBodies = () => {
    const domNode = store.getState().domNode;
    if (!domNode) return;
    // The cards are drawn some frames after focus reached this button.
    focusOnceShown(() => firstCard(domNode));
  };
  return (
    <Panel position="bottom-center" className="far-keyboard">
      <button
        type="button"
        className="far-keyboard-entry"
        onFocus={() => latest.current.onKeyboard(true)}
        onClick={goToBodies}
      >
        Go to the map’s {bodies.toLocaleString('en-GB')} bodies one by one
      </button>
    </Panel>
  );
}
