import { describe, expect, it } from 'vitest';
import { FarCardless, farCardIds } from './farCardless.ts';
import type { MapFlowEdge, MapFlowNode } from './toFlow.ts';

function node(id: string, patch: Partial<MapFlowNode> = {}): MapFlowNode {
  return { id, type: 'body', position: { x: 0, y: 0 }, data: {}, ...patch } as MapFlowNode;
}

const edge = (id: string, source: string, target: string) =>
  ({ id, source, target }) as MapFlowEdge;

describe('farCardIds', () => {
  it('keeps a card for the selected bodies, the ends of relationships drawn in full, and the marked', () => {
    const nodes = [node('a', { selected: true }), node('b'), node('c'), node('d'), node('e')];
    expect([...farCardIds(nodes, [edge('r', 'a', 'c')], ['e'])].sort()).toEqual(['a', 'c', 'e']);
  });
});

describe('FarCardless', () => {
  const sizes: Record<string, { width: number; height: number }> = {
    a: { width: 250, height: 84 },
    b: { width: 250, height: 99 },
  };

  it('hands bodies without a card on hidden, sized as their card would be', () => {
    const cardless = new FarCardless();
    const footprint = node('f', { type: 'footprint' });
    const nodes = [footprint, node('a'), node('b')];
    const out = cardless.apply(nodes, new Set(['b']), (id) => sizes[id]);
    expect(out[0]).toBe(footprint);
    expect(out[1]).toMatchObject({ id: 'a', hidden: true, measured: { width: 250, height: 84 } });
    // A card not measured yet: sized, not hidden.
    expect(out[2]).toMatchObject({ id: 'b', measured: { width: 250, height: 99 } });
    expect(out[2]?.hidden).toBeUndefined();
    expect(nodes[1]?.hidden).toBeUndefined();
  });

  it('keeps each node made, and the list, while nothing changed', () => {
    const cardless = new FarCardless();
    const nodes = [node('a'), node('b')];
    const first = cardless.apply(nodes, new Set(), (id) => sizes[id]);
    expect(cardless.apply(nodes, new Set(), (id) => sizes[id])).toBe(first);

    // b gets a card: a new b, the same a.
    const second = cardless.apply(nodes, new Set(['b']), (id) => sizes[id]);
    expect(second).not.toBe(first);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);

    // Renamed to a longer name: a taller hidden node.
    const taller = cardless.apply(nodes, new Set(['b']), (id) =>
      id === 'a' ? { width: 250, height: 136 } : sizes[id],
    );
    expect(taller[0]?.measured?.height).toBe(136);

    // A card React Flow has measured is the node itself.
    const measured = node('b', { measured: { width: 250, height: 99 } });
    const out = cardless.apply(
      [nodes[0] as MapFlowNode, measured],
      new Set(['b']),
      (id) => sizes[id],
    );
    expect(out[1]).toBe(measured);
  });
});
