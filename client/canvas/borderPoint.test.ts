import { describe, expect, it } from 'vitest';
import { borderPoint } from './borderPoint.ts';

const box = { x: 0, y: 0, width: 200, height: 100 };

describe('borderPoint', () => {
  it('leaves through the side that faces the other point', () => {
    expect(borderPoint(box, { x: 1000, y: 50 })).toEqual({ x: 200, y: 50 });
    expect(borderPoint(box, { x: 100, y: -500 })).toEqual({ x: 100, y: 0 });
    expect(borderPoint(box, { x: -100, y: 50 })).toEqual({ x: 0, y: 50 });
  });

  it('leaves through a corner on the diagonal', () => {
    expect(borderPoint(box, { x: 300, y: 150 })).toEqual({ x: 200, y: 100 });
  });

  it('stays at the centre when both points coincide', () => {
    expect(borderPoint(box, { x: 100, y: 50 })).toEqual({ x: 100, y: 50 });
  });
});
