/** A rectangle in one coordinate space (the page's client pixels, for the callers here). */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * How far to move `box` so it lies inside `bounds`, `margin` pixels clear of each edge: the
 * least move that does it. A box too big for the bounds keeps its top-left corner inside
 * them, so its beginning (a menu's title and first items) stays in view.
 */
export function keepInside(box: Rect, bounds: Rect, margin = 8): { dx: number; dy: number } {
  const shift = (start: number, size: number, boundStart: number, boundSize: number) => {
    const least = boundStart + margin;
    const most = boundStart + boundSize - margin - size;
    if (start > most) return Math.max(most, least) - start;
    if (start < least) return least - start;
    return 0;
  };
  return {
    dx: shift(box.left, box.width, bounds.left, bounds.width),
    dy: shift(box.top, box.height, bounds.top, bounds.height),
  };
}

/** Where two rectangles overlap (the viewport and a canvas partly scrolled out of it). */
export function intersect(a: Rect, b: Rect): Rect {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.left + a.width, b.left + b.width);
  const bottom = Math.min(a.top + a.height, b.top + b.height);
  return { left, top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}
