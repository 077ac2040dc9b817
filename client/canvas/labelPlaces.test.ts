import type { InternalNode } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { createLabelPlaces, type LabelState } from './labelPlaces.ts';
import type { MapFlowEdge, MapFlowNode } from './toFlow.ts';

function node(id: string, x: number, y: number): InternalNode<MapFlowNode> {
  return {
    id,
    position: { x, y },
    data: { kind: 'nhs-trust' },
    measured: { width: 200, height: 80 },
    internals: { positionAbsolute: { x, y }, z: 0, userNode: {} as MapFlowNode },
  } as InternalNode<MapFlowNode>;
}

function relationship(id: string, source: string, target: string): MapFlowEdge {
  return {
    id,
    type: 'relationship',
    source,
    target,
    label: 'accountable to',
    data: { kind: 'accountable-to', status: 'agreed', lane: 0, lanes: 1 },
  } as MapFlowEdge;
}

const edges = [relationship('r1', 'a', 'b'), relationship('r2', 'b', 'c')];

// As React Flow's state: a new list of nodes with every change of them.
function state(nodes: InternalNode<MapFlowNode>[]): LabelState {
  return {
    edges,
    nodes: nodes.map((n) => n.internals.userNode),
    nodeLookup: new Map(nodes.map((n) => [n.id, n])),
  } as unknown as LabelState;
}

describe('createLabelPlaces', () => {
  it('places every relationship’s label', () => {
    const places = createLabelPlaces()(
      state([node('a', 0, 0), node('b', 600, 0), node('c', 600, 600)]),
    );
    expect([...places.keys()].sort()).toEqual(['r1', 'r2']);
  });

  it('keeps the places while the bodies at the ends are where they were', () => {
    const labelPlaces = createLabelPlaces();
    const a = node('a', 0, 0);
    const b = node('b', 600, 0);
    const c = node('c', 600, 600);
    const first = labelPlaces(state([a, b, c]));
    // A body added elsewhere, or one at an end selected (a new object at the same place).
    expect(labelPlaces(state([a, b, c, node('d', 2000, 2000)]))).toBe(first);
    expect(labelPlaces(state([a, { ...b, selected: true }, c]))).toBe(first);
  });

  it('places them again when a body at an end moves or goes', () => {
    const labelPlaces = createLabelPlaces();
    const a = node('a', 0, 0);
    const c = node('c', 600, 600);
    const first = labelPlaces(state([a, node('b', 600, 0), c]));
    const moved = labelPlaces(state([a, node('b', 900, 0), c]));
    expect(moved).not.toBe(first);
    expect(moved.get('r1')).not.toEqual(first.get('r1'));
    expect(labelPlaces(state([a, c])).has('r1')).toBe(false);
  });
});
