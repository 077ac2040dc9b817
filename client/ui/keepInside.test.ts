import { describe, expect, it } from 'vitest';
import { intersect, keepInside } from './keepInside.ts';

const canvas = { left: 100, top: 50, width: 800, height: 600 };

describe('keepInside', () => {
  it('leaves a box that fits where it is', () => {
    expect(keepInside({ left: 200, top: 100, width: 240, height: 300 }, canvas)).toEqual({
      dx: 0,
      dy: 0,
    });
  });

  it('moves a box running past the right and bottom edges back in, clear by the margin', () => {
    const box = { left: 800, top: 500, width: 240, height: 300 };
    const { dx, dy } = keepInside(box, canvas, 8);
    expect(box.left + dx + box.width).toBe(canvas.left + canvas.width - 8);
    expect(box.top + dy + box.height).toBe(canvas.top + canvas.height - 8);
  });

  it('moves a box past the left and top edges in', () => {
    expect(keepInside({ left: 90, top: 0, width: 100, height: 100 }, canvas, 8)).toEqual({
      dx: 18,
      dy: 58,
    });
  });

  it('keeps the top-left of a box taller than the bounds inside them', () => {
    const { dy } = keepInside({ left: 200, top: 400, width: 240, height: 900 }, canvas, 8);
    expect(400 + dy).toBe(canvas.top + 8);
  });
});

describe('intersect', () => {
  it('is the part of a canvas inside the viewport', () => {
    expect(intersect(canvas, { left: 0, top: 0, width: 1366, height: 500 })).toEqual({
      left: 100,
      top: 50,
      width: 800,
      height: 450,
    });
  });
});
