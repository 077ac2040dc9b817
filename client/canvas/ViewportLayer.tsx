import { type ReactFlowState, useStore } from '@xyflow/react';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

const portals = new WeakMap<HTMLElement, Element>();

// React Flow's ViewportPortal looks its element up with a DOM query on every change of its
// store (a selection is several): on a page of 50,000 elements that is milliseconds each time,
// for each portal. The element stays for the life of the canvas, so it is looked up once.
const selectPortal = (state: ReactFlowState): Element | null => {
  const root = state.domNode;
  if (!root) return null;
  let portal = portals.get(root);
  if (!portal) {
    portal = root.querySelector('.react-flow__viewport-portal') ?? undefined;
    if (portal) portals.set(root, portal);
  }
  return portal ?? null;
};

/** Draws its children in the flow's coordinates, like React Flow's ViewportPortal. */
export function ViewportLayer({ children }: { children: ReactNode }) {
  const portal = useStore(selectPortal);
  return portal ? createPortal(children, portal) : null;
}
