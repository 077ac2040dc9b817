import { describe, expect, it } from 'vitest';
import type { Box } from '../../shared/layout/straightLines.ts';
import { FarLinesKept, farLineGroups, splitFarEdges } from './farLines.ts';
import type { MapFlowEdge, RelationshipFlowEdge } from './toFlow.ts';

function relationship(
  id: string,
  source: string,
  target: string,
  data: Partial<NonNullable<RelationshipFlowEdge['data']>> = {},
): RelationshipFlowEdge {
  return {
    id,
    type: 'relationship',
    source,
    target,
    data: { kind: 'member-of', status: 'agreed', dimmed: false, lane: 0, lanes: 1, ...data },
  };
}

const boxes = new Map<string, Box>([
  ['a', { x: 0, y: 0, w: 10, h: 10 }],
  ['b', { x: 100, y: 0, w: 10, h: 10 }],
  ['c', { x: 0, y: 100, w: 10, h: 10 }],
]);

describe('farLineGroups', () => {
  it('draws the same lines with the last ones kept, and works out again only what moved', () => {
    const edges = [relationship('r1', 'a', 'b'), relationship('r2', 'a', 'c')];
    const boxOf = (id: string) => boxes.get(id);
    const kept = new FarLinesKept();
    const first = farLineGroups(edges, boxOf, kept);
    expect(first).toEqual(farLineGroups(edges, boxOf));
    const line = kept.lines.get('r2');
    const moved = new Map(boxes).set('b', { x: 300, y: 0, w: 10, h: 10 });
    const after = farLineGroups(edges, (id) => moved.get(id), kept);
    expect(after).toEqual(farLineGroups(edges, (id) => moved.get(id)));
    expect(after).not.toEqual(first);
    expect(kept.lines.get('r2')).toBe(line);
    expect(kept.lines.get('r1')?.d).not.toBe(line?.d);
    // A relationship no longer drawn far is forgotten.
    farLineGroups([edges[0] as MapFlowEdge], boxOf, kept);
    expect([...kept.lines.keys()]).toEqual(['r1']);
  });

  it('keeps a group whose lines are all as they were, and joins again only those that changed', () => {
    const member = [relationship('r1', 'a', 'b'), relationship('r2', 'a', 'c')];
    const funds = [
      relationship('r3', 'b', 'c', { kind: 'funds' }),
      relationship('r4', 'c', 'b', { kind: 'funds' }),
    ];
    const boxOf = (id: string) => boxes.get(id);
    const kept = new FarLinesKept();
    const first = farLineGroups([...member, ...funds], boxOf, kept);
    // A body selected: one of its relationships leaves the far lines, drawn in full instead.
    const after = farLineGroups([...member, funds[1] as MapFlowEdge], boxOf, kept);
    expect(after).toEqual(farLineGroups([...member, funds[1] as MapFlowEdge], boxOf));
    const look = (groups: typeof first, kind: string) => groups.find((g) => g.kind === kind);
    expect(look(after, 'member-of')).toBe(look(first, 'member-of'));
    expect(look(after, 'funds')).not.toBe(look(first, 'funds'));
    expect(look(after, 'funds')?.d).toBe(kept.lines.get('r4')?.d);
  });

  it('draws every relationship of one look as one path, each line between facing borders', () => {
    const groups = farLineGroups(
      [relationship('r1', 'a', 'b'), relationship('r2', 'a', 'c')],
      (id) => boxes.get(id),
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ kind: 'member-of', proposed: false, dimmed: false });
    expect(groups[0]?.d).toBe('M 10,5 L 100,5 M 5,10 L 5,100');
  });

  it('keeps kinds, proposals and dimmed relationships apart, and leaves out unplaced bodies', () => {
    const groups = farLineGroups(
      [
        relationship('r1', 'a', 'b'),
        relationship('r2', 'a', 'b', { kind: 'funds', lane: 1, lanes: 2 }),
        relationship('r3', 'a', 'c', { status: 'proposed' }),
        relationship('r4', 'b', 'c', { dimmed: true }),
        relationship('r5', 'a', 'gone'),
      ],
      (id) => boxes.get(id),
    );
    expect(groups.map((group) => group.key)).toEqual([
      'member-of settled',
      'funds settled',
      'member-of proposed',
      'member-of settled dimmed',
    ]);
    // The second of two relationships between the same bodies bows out, as drawn in full.
    expect(groups[1]?.d).toContain('Q');
  });
});

describe('splitFarEdges', () => {
  it('gives React Flow the selected relationships and those of selected bodies', () => {
    const edges: MapFlowEdge[] = [
      relationship('r1', 'a', 'b'),
      { ...relationship('r2', 'b', 'c'), selected: true },
      relationship('r3', 'c', 'a'),
      relationship('r4', 'b', 'd'),
    ];
    const { detailed, far } = splitFarEdges(edges, new Set(['a']));
    expect(detailed.map((edge) => edge.id)).toEqual(['r1', 'r2', 'r3']);
    expect(far.map((edge) => edge.id)).toEqual(['r4']);
  });
});
