import { type RefObject, useLayoutEffect } from 'react';

/**
 * Sets what a screen reader says for the React Flow node or edge this element is drawn in.
 * The name is read from the map by the node itself: given to React Flow as the node's
 * `ariaLabel`, a rename would make a new React Flow node, which React Flow takes into its
 * store and every node on the page then checks. React Flow leaves an attribute it was not
 * given as it is.
 */
export function useWrapperLabel(
  inner: RefObject<Element | null>,
  wrapperClass: '.react-flow__node' | '.react-flow__edge',
  label: string,
): void {
  useLayoutEffect(() => {
    inner.current?.closest(wrapperClass)?.setAttribute('aria-label', label);
  }, [inner, wrapperClass, label]);
}
