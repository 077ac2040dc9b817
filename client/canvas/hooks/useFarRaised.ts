import { type RefObject, useLayoutEffect } from 'react';

/** Why a zoomed-out card is raised over the painted blocks (see FAR_RAISED_Z in layers.ts). */
export type FarMark = 'marked' | 'comments';

/**
 * Raises the React Flow node this card is drawn in over the zoomed-out view's canvas while
 * `raised` holds, by an attribute on its wrapper that styles.css lifts (React Flow sets the
 * wrapper's own z-index, and leaves an attribute it was not given as it is). Each mark has its
 * own attribute, so the card's marks and its comment count raise it independently.
 */
export function useFarRaised(
  card: RefObject<Element | null>,
  mark: FarMark,
  raised: boolean,
): void {
  useLayoutEffect(() => {
    if (!raised) return;
    const wrapper = card.current?.closest('.react-flow__node');
    const attribute = `data-far-${mark}`;
    wrapper?.setAttribute(attribute, '');
    return () => wrapper?.removeAttribute(attribute);
  }, [card, mark, raised]);
}
