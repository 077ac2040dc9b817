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

  it('says the first nodes it sees are a change, and the same again are not', () => {
    const layout = new PaintedLayout();
    expect(layout.changed(order, placed())).toBe(true);
    // A new list with new objects (a selection) but the same places and sizes.
    expect(layout.changed([{ id: 'a' }, { id: 'b' }], placed())).toBe(false);
  });

  it('sees a node moved, resized, measured, reordered, added, removed or missing', () => {
    const layout = new PaintedLayout();
    const lookup = placed();
    layout.changed(order, lookup);

    lookup.set('b', node(201, 0, 100, 50));
    expect(layout.changed(order, lookup)).toBe(true);
    lookup.set('b', node(201, 0, 120, 50));
    expect(layout.changed(order, lookup)).toBe(true);
    expect(layout.changed(order, lookup)).toBe(false);

    expect(layout.changed([{ id: 'b' }, { id: 'a' }], lookup)).toBe(true);
    expect(layout.changed([{ id: 'b' }, { id: 'a' }], lookup)).toBe(false);

    lookup.set('c', node(0, 0));
    expect(layout.changed([{ id: 'b' }, { id: 'a' }, { id: 'c' }], lookup)).toBe(true);
    lookup.set('c', node(0, 0, 80, 40));
    expect(layout.changed([{ id: 'b' }, { id: 'a' }, { id: 'c' }], lookup)).toBe(true);
    expect(layout.changed([{ id: 'b' }, { id: 'a' }], lookup)).toBe(true);

    lookup.delete('a');
    expect(layout.changed([{ id: 'b' }, { id: 'a' }], lookup)).toBe(true);
    expect(layout.changed([{ id: 'b' }, { id: 'a' }], lookup)).toBe(true);
  });
});
