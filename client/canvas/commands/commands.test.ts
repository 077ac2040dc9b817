import { describe, expect, it } from 'vitest';
import { FOOTPRINT_DEFAULT_SIZE } from '../../../shared/model/footprints.ts';
import type { EdgeRecord } from '../../../shared/ydoc/schema.ts';
import { elementRefs, splitRefs } from './elementRefs.ts';
import { focusTargets } from './focusTargets.ts';
import { newItemCentre, newNodeAt } from './newNodeAt.ts';
import { selectInFlow, selectOnly } from './selectOnly.ts';

const edge: EdgeRecord = {
  id: 'e1',
  kind: 'accountable-to',
  source: 'a',
  target: 'b',
  status: 'proposed',
  attrs: {},
};

describe('canvas commands', () => {
  it('refers to relationships as edges and everything else as nodes', () => {
    const refs = elementRefs(['a', 'e1'], new Set(['e1']));
    expect(refs).toEqual([
      { collection: 'nodes', id: 'a' },
      { collection: 'edges', id: 'e1' },
    ]);
    expect(splitRefs(refs)).toEqual({ nodeIds: ['a'], edgeIds: ['e1'] });
  });

  it('focuses a relationship by both its ends', () => {
    expect(focusTargets(['e1', 'c'], new Map([['e1', edge]]))).toEqual(['a', 'b', 'c']);
  });

  it('selects only the wanted elements and keeps the identity of those that stay', () => {
    const list = [{ id: 'a', selected: true }, { id: 'b' }, { id: 'c', selected: false }];
    const next = selectOnly(list, new Set(['b']));
    expect(next.map((n) => n.selected ?? false)).toEqual([false, true, false]);
    expect(next[2]).toBe(list[2]);
  });

  it('keeps the very list when no selection changes', () => {
    const list = [{ id: 'a', selected: true }, { id: 'b' }];
    expect(selectOnly(list, new Set(['a']))).toBe(list);
    expect(selectOnly(list, new Set())).not.toBe(list);
  });

  it('selects nodes and edges of a flow together, or all of them', () => {
    const flow = {
      nodes: [{ id: 'a', selected: true }, { id: 'b' }],
      edges: [{ id: 'e1' }, { id: 'e2', selected: true }],
    };
    const some = selectInFlow(flow, new Set(['b', 'e1']));
    expect(some.nodes.map((n) => n.selected)).toEqual([false, true]);
    expect(some.edges.map((e) => e.selected)).toEqual([true, false]);
    const all = selectInFlow(flow, 'all');
    expect([...all.nodes, ...all.edges].every((element) => element.selected)).toBe(true);
    expect(all.nodes[0]).toBe(flow.nodes[0]);
    expect(all.edges[1]).toBe(flow.edges[1]);
    const none = selectInFlow({ nodes: [{ id: 'a' }], edges: flow.edges.slice(0, 1) }, new Set());
    expect(none.edges).toEqual([{ id: 'e1' }]);
  });

  it('places a new body relative to the footprint it lands in', () => {
    const item = { type: 'body', kind: 'icb' } as const;
    const node = newNodeAt(item, { x: 150, y: 120 }, { id: 'f', x: 100, y: 100 });
    expect(node).toMatchObject({ kind: 'icb', position: { x: 50, y: 20 }, parentId: 'f' });
    expect(newNodeAt(item, { x: 5, y: 6 }, null).position).toEqual({ x: 5, y: 6 });
  });

  it('gives a new footprint its level and default size', () => {
    const item = { type: 'footprint', level: 'place' } as const;
    const size = FOOTPRINT_DEFAULT_SIZE.place;
    expect(newNodeAt(item, { x: 0, y: 0 }, null)).toMatchObject({
      kind: 'footprint',
      size,
      attrs: { level: 'place' },
    });
    expect(newItemCentre(item, { x: 0, y: 0 })).toEqual({ x: size.w / 2, y: size.h / 2 });
  });
});
