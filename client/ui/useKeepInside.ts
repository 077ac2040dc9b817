import { type RefObject, useLayoutEffect } from 'react';
import { intersect, keepInside } from './keepInside.ts';

/** How far a floating menu keeps from the edge it would otherwise run past. */
const MARGIN = 8;

/**
 * Keeps a floating menu wholly in view: inside its positioned parent (the canvas, for the
 * menus opened on the map) and the browser window, moved back in by the least it takes, and
 * no taller than that room (it scrolls then). It follows the menu's size as it changes (a
 * "Why not the others?" opened) and the window's. `at`, when given, is where in its parent
 * the menu was asked to be (its top-left corner).
 */
export function useKeepInside(
  menu: RefObject<HTMLElement | null>,
  within: 'parent' | 'window',
  at?: { x: number; y: number },
): void {
  const x = at?.x;
  const y = at?.y;
  useLayoutEffect(() => {
    const element = menu.current;
    if (!element) return;
    if (x !== undefined && y !== undefined) {
      element.style.left = `${x}px`;
      element.style.top = `${y}px`;
    }
    const place = () => {
      element.style.translate = '';
      const screen = { left: 0, top: 0, width: window.innerWidth, height: window.innerHeight };
      const parent = within === 'parent' ? element.offsetParent : null;
      const bounds = parent ? intersect(parent.getBoundingClientRect(), screen) : screen;
      element.style.maxHeight = `${Math.max(bounds.height - 2 * MARGIN, 0)}px`;
      const { dx, dy } = keepInside(element.getBoundingClientRect(), bounds, MARGIN);
      if (dx !== 0 || dy !== 0) element.style.translate = `${dx}px ${dy}px`;
    };
    place();
    const resized = new ResizeObserver(place);
    resized.observe(element);
    window.addEventListener('resize', place);
    return () => {
      resized.disconnect();
      window.removeEventListener('resize', place);
    };
  }, [menu, within, x, y]);
}
