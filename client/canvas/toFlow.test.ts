import { describe, expect, it } from 'vitest';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import type { NodeRecord } from '../../shared/ydoc/schema.ts';
import { type RemoteActivity, toFlowEdges, toFlowNodes } from './toFlow.ts';

const none: RemoteActivity = { dragging: new Map(), selectors: new Map() };

function body(id: string, extra: Partial<NodeRecord> = {}): NodeRecord {
  return {
    id,
    kind: 'nhs-trust',
    label: id,
    position: { x: 0, y: 0 },
    status: 'proposed',
    attrs: {},
    ...extra,
  };
}

function snapshot(nodes: NodeRecord[]): MapSnapshot {
  return { title: 'Map', nodes, edges: [], invalid: [], fieldProblems: [] };
}

describe('toFlowNodes', () => {
  it('puts parents before their children', () => {
    const nodes = toFlowNodes(
      snapshot([
        body('child-node', { parentId: 'place-node' }),
        body('place-node', { kind: 'footprint' }),
      ]),
      [],
      none,
    );
    expect(nodes.map((n) => n.id)).toEqual(['place-node', 'child-node']);
    expect(nodes[1]?.parentId).toBe('place-node');
  });

  it('orders nested footprints by depth and keeps the map’s order within each depth', () => {
    const nodes = toFlowNodes(
      snapshot([
        body('b', { parentId: 'pcn' }),
        body('pcn', { kind: 'footprint', parentId: 'place' }),
        body('a'),
        body('c', { parentId: 'place' }),
        body('place', { kind: 'footprint' }),
        body('d', { parentId: 'pcn' }),
      ]),
      [],
      none,
    );
    expect(nodes.map((n) => n.id)).toEqual(['a', 'place', 'pcn', 'c', 'b', 'd']);
  });

  it('draws bodies whose parents make a cycle, once each', () => {
    const nodes = toFlowNodes(
      snapshot([body('x', { parentId: 'y' }), body('y', { parentId: 'x' }), body('z')]),
      [],
      none,
    );
    expect(nodes.map((n) => n.id).sort()).toEqual(['x', 'y', 'z']);
  });

  it('keeps local selection and size, and keeps an unchanged node the same object', () => {
    const first = toFlowNodes(snapshot([body('trust-one')]), [], none);
    const selected = first.map((n) => ({
      ...n,
      selected: true,
      measured: { width: 9, height: 9 },
    }));
    const again = toFlowNodes(snapshot([body('trust-one')]), selected, none);
    expect(again[0]).toBe(selected[0]);
    // The node reads its name itself: a rename hands React Flow nothing new.
    const renamed = toFlowNodes(snapshot([body('trust-one', { label: 'New' })]), selected, none);
    expect(renamed[0]).toBe(selected[0]);
    const moved = toFlowNodes(
      snapshot([body('trust-one', { position: { x: 5, y: 0 } })]),
      selected,
      none,
    );
    expect(moved[0]).toMatchObject({ selected: true, measured: { width: 9, height: 9 } });
    expect(moved[0]?.position).toEqual({ x: 5, y: 0 });
  });

  it('shows where someone else is dragging a node, but never overrides a local drag', () => {
    const remote: RemoteActivity = {
      dragging: new Map([['trust-one', { x: 50, y: 60 }]]),
      selectors: new Map([['trust-one', [{ name: 'Bob', color: '#007f3b' }]]]),
    };
    const shown = toFlowNodes(snapshot([body('trust-one')]), [], remote);
    expect(shown[0]?.position).toEqual({ x: 50, y: 60 });

    const draggingHere = [
      { ...shown[0], dragging: true, position: { x: 7, y: 8 } },
    ] as typeof shown;
    expect(toFlowNodes(snapshot([body('trust-one')]), draggingHere, remote)[0]?.position).toEqual({
      x: 7,
      y: 8,
    });
  });
});

describe('toFlowEdges', () => {
  it('labels a relationship by its kind and keeps local selection', () => {
    const snap: MapSnapshot = {
      ...snapshot([body('trust-one'), body('trust-two')]),
      edges: [
        {
          id: 'edge-one1',
          kind: 'accountable-to',
          source: 'trust-one',
          target: 'trust-two',
          status: 'proposed',
          attrs: {},
        },
      ],
    };
    const edges = toFlowEdges(
      snap,
      [{ id: 'edge-one1', source: 'a', target: 'b', selected: true }],
      none,
    );
    expect(edges[0]).toMatchObject({
      label: 'accountable to',
      selected: true,
      className: 'edge-proposed',
    });
  });

  it('keeps an unchanged relationship the same object, and remakes one that changed', () => {
    const relationship = {
      id: 'edge-one1',
      kind: 'accountable-to' as const,
      source: 'trust-one',
      target: 'trust-two',
      status: 'proposed' as const,
      attrs: {},
    };
    const snap: MapSnapshot = {
      ...snapshot([body('trust-one'), body('trust-two')]),
      edges: [relationship],
    };
    const first = toFlowEdges(snap, [], none);
    expect(toFlowEdges(snap, first, none)[0]).toBe(first[0]);
    const agreed = toFlowEdges(
      { ...snap, edges: [{ ...relationship, status: 'agreed' }] },
      first,
      none,
    );
    expect(agreed[0]).not.toBe(first[0]);
    expect(agreed[0]?.className).toBe('edge-agreed');
    // The relationship says its bodies' names itself (RelationshipEdge): a rename of one of
    // them hands React Flow nothing new.
    const renamed = toFlowEdges(
      {
        ...snap,
        nodes: [body('trust-one', { label: 'Leeds Teaching Hospitals' }), body('trust-two')],
      },
      first,
      none,
    );
    expect(renamed[0]).toBe(first[0]);
  });
});

describe('elements locked by the facilitator', () => {
  it('cannot be dragged or deleted by those they are locked for, and unlock again', () => {
    const map: MapSnapshot = {
      ...snapshot([body('trust-one'), body('trust-two')]),
      edges: [
        {
          id: 'edge-one1',
          kind: 'accountable-to',
          source: 'trust-one',
          target: 'trust-two',
          status: 'proposed',
          attrs: {},
        },
      ],
    };
    const locked = new Set(['trust-one', 'edge-one1']);
    const nodes = toFlowNodes(map, [], none, undefined, locked);
    expect(nodes[0]).toMatchObject({ id: 'trust-one', draggable: false, deletable: false });
    expect(nodes[1]?.draggable).toBeUndefined();
    const unlocked = toFlowNodes(map, nodes, none);
    expect(unlocked[0]?.draggable).toBeUndefined();
    expect(unlocked[1]).toBe(nodes[1]);
    const edges = toFlowEdges(map, [], none, undefined, undefined, locked);
    expect(edges[0]?.deletable).toBe(false);
  });
});
