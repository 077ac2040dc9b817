import { describe, expect, it } from 'vitest';
import { type LaidOutNode, PaintedLayout } from './paintedLayout.ts';

function node(x: number, y: number, width?: number, height?: number): LaidOutNode {
  return { internals: { positionAbsolute: { x, y } }, measured: { width, height } };
}

describe('PaintedLayout', () => {
  const order = [{ id: 'a' }, { id: 'b' }];
  const placed = () =>
    new Map<string, LaidOutNode>([
      ['a', node(0, 0, 100, 50)],
      ['b', node(200, 0, 100, 50)],
    ]);

  it('gives the boxes of the first nodes it sees, and nothing for the same again', () => {
    const layout = new PaintedLayout();
    expect(layout.update(order, placed())).toEqual([
      { x: 0, y: 0, w: 100, h: 50 },
      { x: 200, y: 0, w: 100, h: 50 },
    ]);
    // A new list with new objects (a selection) but the same places and sizes.
    expect(layout.update([{ id: 'a' }, { id: 'b' }], placed())).toBe('none');
  });

  it('gives where a node was and where it is when it moves or is resized', () => {
    const layout = new PaintedLayout();
    const lookup = placed();
    layout.update(order, lookup);
    lookup.set('b', node(201, 0, 100, 50));
    expect(layout.update(order, lookup)).toEqual([
      { x: 200, y: 0, w: 100, h: 50 },
      { x: 201, y: 0, w: 100, h: 50 },
    ]);
    lookup.set('b', node(201, 0, 120, 50));
    expect(layout.update(order, lookup)).toEqual([
      { x: 201, y: 0, w: 100, h: 50 },
      { x: 201, y: 0, w: 120, h: 50 },
    ]);
    expect(layout.update(order, lookup)).toBe('none');
    expect(layout.boxOf('b')).toMatchObject({ x: 201, y: 0, w: 120, h: 50 });
  });

  it('gives a node that comes once it is measured, and where a node that goes was', () => {
    const layout = new PaintedLayout();
    const lookup = placed();
    layout.update(order, lookup);
    // Added between the two: the others keep their order, so only its box is painted.
    lookup.set('c', node(400, 0));
    const withC = [{ id: 'a' }, { id: 'c' }, { id: 'b' }];
    expect(layout.update(withC, lookup)).toBe('none');
    expect(layout.boxOf('c')).toBeUndefined();
    lookup.set('c', node(400, 0, 80, 40));
    expect(layout.update(withC, lookup)).toEqual([{ x: 400, y: 0, w: 80, h: 40 }]);
    expect(layout.update(order, lookup)).toEqual([{ x: 400, y: 0, w: 80, h: 40 }]);
    expect(layout.boxOf('c')).toBeUndefined();
    // Missing from React Flow's lookup: no longer painted where it was.
    lookup.delete('a');
    expect(layout.update(order, lookup)).toEqual([{ x: 0, y: 0, w: 100, h: 50 }]);
  });

  it('says when nodes that were there change places in the order', () => {
    const layout = new PaintedLayout();
    const lookup = placed();
    layout.update(order, lookup);
    expect(layout.update([{ id: 'b' }, { id: 'a' }], lookup)).toBe('reordered');
    expect(layout.update([{ id: 'b' }, { id: 'a' }], lookup)).toBe('none');
  });
});
