import { describe, expect, it } from 'vitest';
import { footprintTitleSpace } from '../../shared/layout/footprintTitle.ts';
import {
  FOOTPRINT_PADDING,
  findFreeSpot,
  footprintTopRoom,
  NEW_BODY_SIZE,
  settleAcrossEdges,
  shownWellInside,
  takeIn,
} from './placement.ts';

type Box = { x: number; y: number; width: number; height: number };

/** Whether a new body at `spot` stays clear of `box`. */
function clearOf(spot: { x: number; y: number }, box: Box): boolean {
  return (
    spot.x >= box.x + box.width ||
    box.x >= spot.x + NEW_BODY_SIZE.width ||
    spot.y >= box.y + box.height ||
    box.y >= spot.y + NEW_BODY_SIZE.height
  );
}

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

  it('never lands on a body where settling out of a footprint edge would move it', () => {
    const footprint = { x: 0, y: 0, width: 800, height: 400 };
    const inside = { x: 30, y: 100, ...NEW_BODY_SIZE };
    const settle = (box: typeof inside) => settleAcrossEdges(box, [footprint]);
    // Asked for a spot across the footprint's left edge: settled inside, but not onto `inside`.
    const spot = findFreeSpot({ x: 10, y: 140 }, [inside], settle);
    expect(clearOf(spot, inside)).toBe(true);
    expect(settle({ ...spot, ...NEW_BODY_SIZE })).toEqual(spot);
  });

  it('never places a body over another, however many are added at one spot', () => {
    const boxes: Box[] = [];
    for (let i = 0; i < 20; i++) {
      const spot = findFreeSpot({ x: 0, y: 0 }, boxes);
      expect(boxes.every((box) => clearOf(spot, box))).toBe(true);
      boxes.push({ ...spot, ...NEW_BODY_SIZE });
    }
  });

  it('puts a body beside everything when the view is crowded further than it searches', () => {
    // A whole system fitted to the view: bodies packed 40 × 40 around the centre, more than
    // the search's rings reach.
    const boxes: Box[] = [];
    for (let row = -20; row < 20; row++) {
      for (let column = -20; column < 20; column++) {
        boxes.push({ x: column * 300, y: row * 100, ...NEW_BODY_SIZE });
      }
    }
    const spot = findFreeSpot({ x: 1_500, y: 40 }, boxes);
    expect(boxes.every((box) => clearOf(spot, box))).toBe(true);
    // Below them all, the nearest side (about 2,000 away; above 2,100, the right 4,600), the
    // least room clear of the lowest row, straight below where it was asked.
    const bottom = Math.max(...boxes.map((box) => box.y + box.height));
    expect(spot).toEqual({ x: 1_500 - NEW_BODY_SIZE.width / 2, y: bottom + 24 });
  });
});

describe('settleAcrossEdges', () => {
  const place = { x: 0, y: 0, width: 600, height: 400 };
  const body = (x: number, y: number) => ({ x, y, ...NEW_BODY_SIZE });

  it('moves a body whose centre is inside a footprint wholly inside it', () => {
    const at = settleAcrossEdges(body(480, 350), [place]);
    expect(at.x + NEW_BODY_SIZE.width).toBeLessThanOrEqual(place.width - FOOTPRINT_PADDING.side);
    expect(at.y + NEW_BODY_SIZE.height).toBeLessThanOrEqual(place.height - FOOTPRINT_PADDING.side);
    expect(at.x).toBe(480 - (480 + NEW_BODY_SIZE.width - (place.width - FOOTPRINT_PADDING.side)));
  });

  it('moves a body whose centre is outside a footprint wholly out of it, the shortest way', () => {
    const at = settleAcrossEdges(body(520, 100), [place]);
    expect(at.x).toBeGreaterThanOrEqual(place.width);
    expect(at.y).toBe(100);
  });

  it('leaves a body that is clear of every edge where it is', () => {
    expect(settleAcrossEdges(body(100, 100), [place])).toEqual({ x: 100, y: 100 });
    expect(settleAcrossEdges(body(900, 100), [place])).toEqual({ x: 900, y: 100 });
  });
});

describe('takeIn', () => {
  it('takes in the bodies a new footprint overlaps and grows to hold them', () => {
    const icb = { id: 'icb', x: 500, y: 50, ...NEW_BODY_SIZE };
    const trust = { id: 'trust', x: 100, y: 100, ...NEW_BODY_SIZE };
    const council = { id: 'council', x: 2000, y: 0, ...NEW_BODY_SIZE };
    const { box, taken } = takeIn({ x: 0, y: 80, width: 560, height: 300 }, [icb, trust, council]);
    expect(taken.sort()).toEqual(['icb', 'trust']);
    for (const inside of [icb, trust]) {
      expect(inside.x - box.x).toBeGreaterThanOrEqual(FOOTPRINT_PADDING.side);
      expect(inside.y - box.y).toBeGreaterThanOrEqual(footprintTopRoom(box.width));
      expect(box.x + box.width - (inside.x + inside.width)).toBeGreaterThanOrEqual(
        FOOTPRINT_PADDING.side,
      );
    }
  });

  it('keeps room above what it takes in for its title, which grows with its width', () => {
    // Five bodies side by side make a footprint wide enough that its far-view name, a
    // share of its width, needs more than the zoomed-in title bar's room.
    const row = [0, 1, 2, 3, 4].map((i) => ({ id: `b${i}`, x: i * 400, y: 500, ...NEW_BODY_SIZE }));
    const { box } = takeIn({ x: 0, y: 480, width: 1800, height: 200 }, row);
    expect(footprintTopRoom(box.width)).toBeGreaterThan(FOOTPRINT_PADDING.top);
    expect(500 - box.y).toBeGreaterThanOrEqual(footprintTitleSpace(box.width));
  });

  it('keeps its size over empty canvas', () => {
    const box = { x: 0, y: 0, width: 400, height: 300 };
    expect(takeIn(box, [])).toEqual({ box, taken: [] });
  });
});

describe('shownWellInside', () => {
  // A canvas 1,000 × 500 px at (100, 50) on screen: 100 px kept clear inside each edge.
  const canvas = { left: 100, top: 50, right: 1100, bottom: 550 };

  it('is true for a body near the middle of the view, wherever the flow’s origin is', () => {
    expect(shownWellInside({ x: 400, y: 200 }, { x: 100, y: 50 }, 1, canvas)).toBe(true);
    expect(shownWellInside({ x: 4000, y: 2000 }, { x: -3500, y: -1800 }, 1, canvas)).toBe(true);
  });

  it('is false for one off screen or too near an edge, at the view’s zoom', () => {
    expect(shownWellInside({ x: 1200, y: 200 }, { x: 100, y: 50 }, 1, canvas)).toBe(false);
    expect(shownWellInside({ x: 50, y: 200 }, { x: 100, y: 50 }, 1, canvas)).toBe(false);
    // Zoomed out to a tenth, a spot ten times as far from the origin is where it was.
    expect(shownWellInside({ x: 1200, y: 200 }, { x: 100, y: 50 }, 0.1, canvas)).toBe(false);
    expect(shownWellInside({ x: 3000, y: 2000 }, { x: 100, y: 50 }, 0.1, canvas)).toBe(true);
  });
});
