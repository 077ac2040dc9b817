import { describe, expect, it } from 'vitest';
import { arrowDelta, arrowMove, focusAfterDelete, NUDGE, resizedBy } from './keyboardMoves.ts';

describe('arrowDelta', () => {
  it('moves a step, or a big step with Shift, in the arrow direction', () => {
    expect(arrowDelta('ArrowRight', false)).toEqual({ dx: NUDGE.step, dy: 0 });
    expect(arrowDelta('ArrowUp', true)).toEqual({ dx: 0, dy: -NUDGE.big });
    expect(arrowDelta('Enter', false)).toBeNull();
  });
});

describe('arrowMove', () => {
  it('moves by the step without snap to grid', () => {
    expect(arrowMove({ dx: 10, dy: 0 }, false, null)({ x: 13, y: 7 })).toEqual({ x: 23, y: 7 });
  });

  it('goes to the next grid line that way with snap on, two lines with Shift', () => {
    expect(arrowMove({ dx: 10, dy: 0 }, false, 24)({ x: 13, y: 7 })).toEqual({ x: 24, y: 7 });
    expect(arrowMove({ dx: 10, dy: 0 }, false, 24)({ x: 24, y: 7 })).toEqual({ x: 48, y: 7 });
    expect(arrowMove({ dx: 0, dy: -50 }, true, 24)({ x: 24, y: 50 })).toEqual({ x: 24, y: 24 });
    expect(arrowMove({ dx: -10, dy: 0 }, false, 24)({ x: 13, y: 0 })).toEqual({ x: 0, y: 0 });
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
