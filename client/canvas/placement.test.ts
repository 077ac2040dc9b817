import { describe, expect, it } from 'vitest';
import { findFreeSpot, NEW_BODY_SIZE } from './placement.ts';

describe('findFreeSpot', () => {
  it('centres a body on an empty canvas', () => {
    expect(findFreeSpot({ x: 500, y: 300 }, [])).toEqual({
      x: 500 - NEW_BODY_SIZE.width / 2,
      y: 300 - NEW_BODY_SIZE.height / 2,
    });
  });

  it('puts the next body just below a body at the centre, not off to one side', () => {
    const first = findFreeSpot({ x: 0, y: 0 }, []);
    const second = findFreeSpot({ x: 0, y: 0 }, [{ ...first, ...NEW_BODY_SIZE }]);
    expect(second.x).toBe(first.x);
    expect(second.y).toBeGreaterThan(first.y);
  });

  it('never places a body over another, however many are added at one spot', () => {
    const boxes: { x: number; y: number; width: number; height: number }[] = [];
    for (let i = 0; i < 20; i++) {
      const spot = findFreeSpot({ x: 0, y: 0 }, boxes);
      for (const box of boxes) {
        const apart =
          spot.x >= box.x + box.width ||
          box.x >= spot.x + NEW_BODY_SIZE.width ||
          spot.y >= box.y + box.height ||
          box.y >= spot.y + NEW_BODY_SIZE.height;
        expect(apart).toBe(true);
      }
      boxes.push({ ...spot, ...NEW_BODY_SIZE });
    }
  });
});
