import { type ReactFlowState, useStore } from '@xyflow/react';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * React Flow's containers in the flow's coordinates: its viewport portal, after the cards in
 * the page, and the element of its relationships' labels, between the relationships and the
 * cards, so what is drawn there at the cards' z-index lies over every relationship and under
 * every card.
 */
const CONTAINER = {
  portal: '.react-flow__viewport-portal',
  'edge-labels': '.react-flow__edgelabel-renderer',
} as const;

type Container = keyof typeof CONTAINER;

const found = new WeakMap<HTMLElement, Map<Container, Element>>();

// React Flow's ViewportPortal looks its element up with a DOM query on every change of its
// store (a selection is several): on a page of 50,000 elements that is milliseconds each time,
// for each portal. The element stays for the life of the canvas, so it is looked up once.
const selectContainer =
  (container: Container) =>
  (state: ReactFlowState): Element | null => {
    const root = state.domNode;
    if (!root) return null;
    let elements = found.get(root);
    if (!elements) {
      elements = new Map();
      found.set(root, elements);
    }
    let element = elements.get(container);
    if (!element) {
      element = root.querySelector(CONTAINER[container]) ?? undefined;
      if (element) elements.set(container, element);
    }
    return element ?? null;
  };

const selectors = {
  portal: selectContainer('portal'),
  'edge-labels': selectContainer('edge-labels'),
};

/**
 * Draws its children in the flow's coordinates, like React Flow's ViewportPortal (or, `in`
 * 'edge-labels', like its EdgeLabelRenderer).
 */
export function ViewportLayer({
  children,
  in: container = 'portal',
}: {
  children: ReactNode;
  in?: Container;
}) {
  const element = useStore(selectors[container]);
  return element ? createPortal(children, element) : null;
}
