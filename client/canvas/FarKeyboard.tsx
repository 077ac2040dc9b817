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
 * The keyboard's way to the bodies of a big map zoomed out, where most have no card to take
 * focus (farCardless.ts). Focus reaching the canvas from the keyboard draws every body's card
 * again, so Tab goes through them and a screen reader reads each; focus leaving the canvas,
 * or a press of the pointer in it, hands them back to the painted view. `entry` shows this button, first of the
 * canvas's controls (and a skip link's target): focused, it draws the cards; pressed, it
 * takes focus to the selected body, else the first.
 */
export function FarKeyboard({
  entry,
  bodies,
  onKeyboard,
}: {
  entry: boolean;
  bodies: number;
  onKeyboard: (inside: boolean) => void;
}) {
  const store = useStoreApi();
  // React Flow's own element, once it has one.
  const domNode = useStore(selectDomNode);
  const latest = useRef(onKeyboard);
  latest.current = onKeyboard;

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
    };
    const onPointerDown = (event: PointerEvent) => {
      keys = false;
      pressedInside = event.target instanceof Node && domNode.contains(event.target);
    };
    // A press of the pointer in the canvas ends the keyboard's walk, once the press is over
    // (what it pressed is selected, and keeps its card).
    const onPointerUp = () => {
      if (!pressedInside) return;
      pressedInside = false;
      setTimeout(() => latest.current(false));
    };
    const onFocusIn = () => {
      if (keys) latest.current(true);
    };
    const onFocusOut = (event: FocusEvent) => {
      const to = event.relatedTarget;
      if (!(to instanceof Node) || !domNode.contains(to)) latest.current(false);
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
  }, [domNode]);

  if (!entry) return null;
  const goToBodies = () => {
    const domNode = store.getState().domNode;
    if (!domNode) return;
    // The cards are drawn a frame or two after focus reached this button.
    const focusCard = (frames: number) => {
      const card = firstCard(domNode);
      if (card) card.focus();
      else if (frames > 0) requestAnimationFrame(() => focusCard(frames - 1));
    };
    focusCard(30);
  };
  return (
    <Panel position="bottom-center" className="far-keyboard">
      <button
        type="button"
        className="far-keyboard-entry"
        onFocus={() => latest.current(true)}
        onClick={goToBodies}
      >
        Go to the map’s {bodies.toLocaleString('en-GB')} bodies one by one
      </button>
    </Panel>
  );
}
