import type { InternalNode, ReactFlowState } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { wholeMapInView } from './useWholeMapInView.ts';

function node(id: string, x: number, y: number, width = 100, height = 50): InternalNode {
  return {
    id,
    position: { x, y },
    data: {},
    measured: { width, height },
    internals: { positionAbsolute: { x, y }, z: 0, userNode: { id, position: { x, y }, data: {} } },
  } as InternalNode;
}

function state(nodes: InternalNode[], transform: [number, number, number]) {
  return {
    nodes: nodes.map(({ internals }) => internals.userNode),
    nodeLookup: new Map(nodes.map((n) => [n.id, n])) as ReactFlowState['nodeLookup'],
    transform,
    width: 800,
    height: 600,
  };
}

describe('wholeMapInView', () => {
  const map = [node('a', 0, 0), node('b', 1900, 1400)];

  it('is true when every node is inside the view (a fitted map)', () => {
    expect(wholeMapInView(state(map, [10, 10, 0.25]))).toBe(true);
  });

  it('is false once a node is out of it, past any edge', () => {
    expect(wholeMapInView(state(map, [10, 10, 0.5]))).toBe(false);
    expect(wholeMapInView(state(map, [-10, 10, 0.25]))).toBe(false);
    expect(wholeMapInView(state(map, [10, 300, 0.25]))).toBe(false);
  });

  it('counts a node’s size, not only where it starts', () => {
    const wide = [node('a', 0, 0, 3100, 50)];
    expect(wholeMapInView(state(wide, [0, 0, 0.25]))).toBe(true);
    expect(wholeMapInView(state(wide, [30, 0, 0.25]))).toBe(false);
  });

  it('is true for an empty map', () => {
    expect(wholeMapInView(state([], [0, 0, 1]))).toBe(true);
  });
});

describe('the box around the map', () => {
  it('takes hidden nodes in (bodies painted without a card), and a size given before measuring', () => {
    const hidden = { ...node('far', 5000, 5000), hidden: true } as InternalNode;
    const sized = {
      ...node('c', 0, 0),
      measured: {},
      width: 3300,
      height: 10,
    } as InternalNode;
    expect(wholeMapInView(state([node('a', 0, 0), hidden], [0, 0, 1]))).toBe(false);
    expect(wholeMapInView(state([node('a', 0, 0), hidden], [0, 0, 0.1]))).toBe(true);
    expect(wholeMapInView(state([sized], [0, 0, 0.25]))).toBe(false);
    expect(wholeMapInView(state([sized], [0, 0, 0.24]))).toBe(true);
  });
});
