import { describe, expect, it } from 'vitest';
import { MAP_MARGIN, MAX_IMAGE_SIDE, mapFrame, pixelRatioFor } from './mapFrame.ts';

describe('mapFrame', () => {
  it('frames a small map at full size with a margin all round', () => {
    const frame = mapFrame({ x: -100, y: 50, width: 600, height: 400 });
    expect(frame.width).toBe(600 + 2 * MAP_MARGIN);
    expect(frame.height).toBe(400 + 2 * MAP_MARGIN);
    expect(frame.viewport.zoom).toBe(1);
    // The bounds' top-left corner lands at the margin.
    expect(-100 * frame.viewport.zoom + frame.viewport.x).toBeCloseTo(MAP_MARGIN);
    expect(50 * frame.viewport.zoom + frame.viewport.y).toBeCloseTo(MAP_MARGIN);
  });

  it('scales a big map down so its longest side fits', () => {
    const frame = mapFrame({ x: 0, y: 0, width: 10_000, height: 2_000 });
    expect(frame.width).toBeLessThanOrEqual(MAX_IMAGE_SIDE);
    expect(frame.viewport.zoom).toBeCloseTo(MAX_IMAGE_SIDE / (10_000 + 2 * MAP_MARGIN));
    const right = 10_000 * frame.viewport.zoom + frame.viewport.x;
    expect(right).toBeLessThanOrEqual(frame.width);
  });

  it('does not divide by zero for a single point', () => {
    const frame = mapFrame({ x: 5, y: 5, width: 0, height: 0 });
    expect(Number.isFinite(frame.viewport.x)).toBe(true);
    expect(frame.viewport.zoom).toBe(1);
  });
});

describe('pixelRatioFor', () => {
  it('doubles small images and never exceeds the size cap', () => {
    expect(pixelRatioFor(800, 600)).toBe(2);
    expect(pixelRatioFor(3000, 1000)).toBeCloseTo(MAX_IMAGE_SIDE / 3000);
    expect(pixelRatioFor(5000, 1000)).toBe(1);
  });
});
