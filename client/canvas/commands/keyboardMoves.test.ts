import { describe, expect, it } from 'vitest';
import {
  arrowDelta,
  focusAfterDelete,
  NUDGE,
  nudgedPositions,
  resizedBy,
} from './keyboardMoves.ts';

describe('arrowDelta', () => {
  it('moves a step, or a big step with Shift, in the arrow direction', () => {
    expect(arrowDelta('ArrowRight', false)).toEqual({ dx: NUDGE.step, dy: 0 });
    expect(arrowDelta('ArrowUp', true)).toEqual({ dx: 0, dy: -NUDGE.big });
    expect(arrowDelta('Enter', false)).toBeNull();
  });
});

describe('nudgedPositions', () => {
  const nodes = [
    { id: 'place', position: { x: 100, y: 100 } },
    { id: 'trust', position: { x: 20, y: 30 }, parentId: 'place' },
    { id: 'council', position: { x: 400, y: 50 } },
  ];

  it('moves the chosen nodes and leaves the others', () => {
    expect(nudgedPositions(nodes, new Set(['council']), { dx: 10, dy: 0 })).toEqual([
      { id: 'council', position: { x: 410, y: 50 } },
    ]);
  });

  it('moves a footprint and not again the bodies it carries', () => {
    expect(nudgedPositions(nodes, new Set(['place', 'trust']), { dx: 0, dy: -50 })).toEqual([
      { id: 'place', position: { x: 100, y: 50 } },
    ]);
  });

  it('moves a body inside its footprint in the footprint’s coordinates', () => {
    expect(nudgedPositions(nodes, new Set(['trust']), { dx: 10, dy: 10 })).toEqual([
      { id: 'trust', position: { x: 30, y: 40 } },
    ]);
  });
});

describe('resizedBy', () => {
  it('grows and shrinks, never below the smallest footprint', () => {
    expect(resizedBy({ w: 400, h: 300 }, { dx: 50, dy: 0 })).toEqual({ w: 450, h: 300 });
    expect(resizedBy({ w: 230, h: 150 }, { dx: -50, dy: -50 })).toEqual({ w: 220, h: 140 });
  });
});

describe('focusAfterDelete', () => {
  const order = ['a', 'b', 'c', 'd'];
  it('goes to the next element left, else the one before, else nowhere', () => {
    expect(focusAfterDelete(order, new Set(['b']), 'b')).toBe('c');
    expect(focusAfterDelete(order, new Set(['c', 'd']), 'c')).toBe('b');
    expect(focusAfterDelete(['a'], new Set(['a']), 'a')).toBeNull();
  });
});
