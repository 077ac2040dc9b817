import { describe, expect, it } from 'vitest';
import { fannedPath } from './fannedPath.ts';

describe('fannedPath', () => {
  it('draws a lone relationship straight, labelled at its middle', () => {
    expect(fannedPath({ x: 0, y: 0 }, { x: 100, y: 0 }, 0, 1, true)).toEqual([
      'M 0,0 L 100,0',
      50,
      0,
    ]);
  });

  it('bows two relationships between the same bodies to opposite sides', () => {
    const [, , firstY] = fannedPath({ x: 0, y: 0 }, { x: 100, y: 0 }, 0, 2, true);
    const [, , secondY] = fannedPath({ x: 0, y: 0 }, { x: 100, y: 0 }, 1, 2, true);
    expect(firstY).toBeLessThan(0);
    expect(secondY).toBeGreaterThan(0);
  });

  it('bows a reverse relationship the other way, so A→B and B→A never coincide', () => {
    const [, , forwardY] = fannedPath({ x: 0, y: 0 }, { x: 100, y: 0 }, 0, 2, true);
    const [, , reverseY] = fannedPath({ x: 100, y: 0 }, { x: 0, y: 0 }, 1, 2, false);
    expect(forwardY).toBeLessThan(0);
    expect(reverseY).toBeGreaterThan(0);
  });

  it('staggers the labels of stacked relationships along the line, not only across it', () => {
    // Two bodies one above the other: the lanes are side by side, the labels one above
    // the other, far enough apart for a line of text each.
    const [, , firstY] = fannedPath({ x: 0, y: 0 }, { x: 0, y: 200 }, 0, 2, true);
    const [, , secondY] = fannedPath({ x: 0, y: 0 }, { x: 0, y: 200 }, 1, 2, true);
    expect(Math.abs(firstY - secondY)).toBeGreaterThan(40);
    const [, , reverseY] = fannedPath({ x: 0, y: 200 }, { x: 0, y: 0 }, 1, 2, false);
    expect(Math.abs(firstY - reverseY)).toBeGreaterThan(40);
  });
});
