import type { Box } from './straightLines.ts';

/** Whether two boxes share some area: boxes that only touch along an edge do not. */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Whether two boxes share some area or touch, along an edge or at a corner. */
export function boxesMeet(a: Box, b: Box): boolean {
  return a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h;
}
