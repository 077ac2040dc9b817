import { type RefObject, useEffect, useRef } from 'react';

/**
 * Calls `onDoubleClick` on a double-click anywhere on the React Flow node this element is
 * drawn in, while it is given: for a card that takes no pointer events of its own.
 */
export function useWrapperDoubleClick(
  inner: RefObject<Element | null>,
  onDoubleClick: (() => void) | undefined,
): void {
  const latest = useRef(onDoubleClick);
  latest.current = onDoubleClick;
  const listening = onDoubleClick !== undefined;
  useEffect(() => {
    const wrapper = listening ? inner.current?.closest('.react-flow__node') : null;
    if (!wrapper) return;
    const listener = () => latest.current?.();
    wrapper.addEventListener('dblclick', listener);
    return () => wrapper.removeEventListener('dblclick', listener);
  }, [inner, listening]);
}
