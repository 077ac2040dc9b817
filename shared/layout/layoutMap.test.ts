import { describe, expect, it } from 'vitest';
import { boxesOverlap } from './boxesOverlap.ts';
import { FOOTPRINT_TITLE_SPACE } from './footprintTitle.ts';
import { farTitleBox } from './layoutGeometry.ts';
import {
  FOOTPRINT_MIN_SIZE,
  type LayoutEdge,
  type LayoutNode,
  type LayoutPlacement,
  layoutMap,
} from './layoutMap.ts';
import { lineBetween, segmentCrossesBox } from './straightLines.ts';

const body = (id: string, parentId?: string): LayoutNode => ({
  id,
  kind: 'icb',
  width: 200,
  height: 70,
  ...(parentId ? { parentId } : {}),
});
const footprint = (id: string, parentId?: string): LayoutNode => ({
  id,
  kind: 'footprint',
  width: 640,
  height: 420,
  ...(parentId ? { parentId } : {}),
});
const edge = (source: string, target: string): LayoutEdge => ({
  id: `${source}-${target}`,
  source,
  target,
});

/** A system holding a place (which holds two bodies) and a body, plus a national body outside. */
const NESTED: LayoutNode[] = [
  footprint('system'),
  footprint('place', 'system'),
  body('icb', 'system'),
  body('council', 'place'),
  body('partnership', 'place'),
  body('trust', 'place'),
  body('nhse'),
];
const NESTED_EDGES: LayoutEdge[] = [
  edge('nhse', 'icb'),
  edge('icb', 'partnership'),
  edge('council', 'partnership'),
  edge('nhse', 'trust'),
];

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

function boxesOf(nodes: readonly LayoutNode[], placements: readonly LayoutPlacement[]) {
  const byId = new Map(placements.map((p) => [p.id, p]));
  const boxes = new Map<string, Box>();
  for (const node of nodes) {
    const placed = byId.get(node.id);
    if (!placed) continue;
    boxes.set(node.id, {
      x: placed.position.x,
      y: placed.position.y,
      w: placed.size?.w ?? node.width,
      h: placed.size?.h ?? node.height,
    });
  }
  return boxes;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function expectNoSiblingOverlap(nodes: readonly LayoutNode[], boxes: ReadonlyMap<string, Box>) {
  for (const a of nodes) {
    for (const b of nodes) {
      if (a.id >= b.id || a.parentId !== b.parentId) continue;
      const boxA = boxes.get(a.id);
      const boxB = boxes.get(b.id);
      if (!boxA || !boxB) continue;
      expect(overlaps(boxA, boxB), `${a.id} overlaps ${b.id}`).toBe(false);
    }
  }
}

describe('layoutMap', () => {
  it('keeps sibling boxes apart, at every level', async () => {
    const placements = await layoutMap({ nodes: NESTED, edges: NESTED_EDGES });
    expect(placements.map((p) => p.id).sort()).toEqual(NESTED.map((n) => n.id).sort());
    expectNoSiblingOverlap(NESTED, boxesOf(NESTED, placements));
  });

  it('sizes each footprint to hold its children below its title', async () => {
    const placements = await layoutMap({ nodes: NESTED, edges: NESTED_EDGES });
    const boxes = boxesOf(NESTED, placements);
    for (const node of NESTED) {
      if (!node.parentId) continue;
      const child = boxes.get(node.id);
      const parent = placements.find((p) => p.id === node.parentId);
      expect(child && parent?.size).toBeTruthy();
      if (!child || !parent?.size) continue;
      expect(child.x).toBeGreaterThanOrEqual(0);
      expect(child.y).toBeGreaterThanOrEqual(FOOTPRINT_TITLE_SPACE);
      expect(child.x + child.w).toBeLessThanOrEqual(parent.size.w);
      expect(child.y + child.h).toBeLessThanOrEqual(parent.size.h);
    }
  });

  it('keeps what a wide footprint holds below its far-view title, which grows with it', async () => {
    // Twelve unrelated bodies side by side: a footprint about 3,000 wide, its title ~170 high.
    const inside = Array.from({ length: 12 }, (_, i) => body(`body-${i}`, 'wide'));
    const nodes = [{ ...footprint('wide'), position: { x: 30, y: 90 } }, ...inside];
    for (const scope of [undefined, 'wide']) {
      const placements = await layoutMap({ nodes, edges: [], scope });
      const size = placements.find((p) => p.id === 'wide')?.size ?? { w: 0, h: 0 };
      expect(size.w).toBeGreaterThan(2000);
      // Children are placed relative to the footprint, so its title bar is at its origin.
      const title = farTitleBox({ x: 0, y: 0, ...size });
      for (const [id, box] of boxesOf(inside, placements)) {
        expect(boxesOverlap(title, box), `${id} under the title`).toBe(false);
      }
      // …and no more room than the title needs is kept above them.
      const top = Math.min(...[...boxesOf(inside, placements).values()].map((box) => box.y));
      expect(top - title.h).toBeLessThan(60);
    }
  });

  it('puts an accountability chain top to bottom', async () => {
    const nodes = [body('c'), body('a'), body('b')];
    const placements = await layoutMap({ nodes, edges: [edge('a', 'b'), edge('b', 'c')] });
    const y = (id: string) => placements.find((p) => p.id === id)?.position.y ?? Number.NaN;
    expect(y('a')).toBeLessThan(y('b'));
    expect(y('b')).toBeLessThan(y('c'));
    expect(y('b') - y('a')).toBeGreaterThanOrEqual(70 + 50);
  });

  it('with a scope, moves only what is inside that footprint and resizes it in place', async () => {
    const nodes = NESTED.map((n) => (n.id === 'place' ? { ...n, position: { x: 30, y: 90 } } : n));
    const placements = await layoutMap({ nodes, edges: NESTED_EDGES, scope: 'place' });
    expect(placements.map((p) => p.id).sort()).toEqual([
      'council',
      'partnership',
      'place',
      'trust',
    ]);
    const place = placements.find((p) => p.id === 'place');
    expect(place?.position).toEqual({ x: 30, y: 90 });
    const inside = nodes.filter((n) => n.parentId === 'place');
    const boxes = boxesOf(inside, placements);
    expectNoSiblingOverlap(inside, boxes);
    for (const box of boxes.values()) {
      expect(box.x + box.w).toBeLessThanOrEqual(place?.size?.w ?? 0);
      expect(box.y + box.h).toBeLessThanOrEqual(place?.size?.h ?? 0);
    }
  });

  it('keeps straight lines clear of the bodies they pass, in a scoped run too', async () => {
    // A board above a council, both linked to two bodies below: ELK puts the council in the
    // way of a line from the board.
    const nodes = [
      { ...footprint('place'), position: { x: 30, y: 90 } },
      { ...body('board', 'place'), width: 250, height: 100 },
      { ...body('council', 'place'), width: 250, height: 100 },
      { ...body('trust', 'place'), width: 250, height: 100 },
      { ...body('pcn', 'place'), width: 250, height: 100 },
    ];
    const edges = [
      edge('board', 'council'),
      edge('council', 'trust'),
      edge('board', 'trust'),
      edge('council', 'pcn'),
      edge('board', 'pcn'),
    ];
    for (const scope of [undefined, 'place']) {
      const placements = await layoutMap({ nodes, edges, scope });
      const boxes = boxesOf(nodes, placements);
      const inside = nodes.filter((n) => n.parentId === 'place');
      expectNoSiblingOverlap(inside, boxes);
      const place = placements.find((p) => p.id === 'place');
      for (const { id } of inside) {
        const box = boxes.get(id);
        expect(box && box.x + box.w).toBeLessThanOrEqual(place?.size?.w ?? 0);
      }
      for (const { source, target } of edges) {
        const [start, end] = lineBetween(
          boxes.get(source) ?? { x: 0, y: 0, w: 0, h: 0 },
          boxes.get(target) ?? { x: 0, y: 0, w: 0, h: 0 },
        );
        for (const [id, box] of boxes) {
          if (id === source || id === target || id === 'place') continue;
          expect(segmentCrossesBox(start, end, box), `${source}-${target} through ${id}`).toBe(
            false,
          );
        }
      }
    }
  });

  it('returns nothing for a scope that is missing or empty', async () => {
    expect(await layoutMap({ nodes: NESTED, edges: [], scope: 'nowhere' })).toEqual([]);
    const nodes = [...NESTED, footprint('empty')];
    expect(await layoutMap({ nodes, edges: [], scope: 'empty' })).toEqual([]);
  });

  it('lays out relationships across footprints, into and out of nested ones', async () => {
    const edges = [
      ...NESTED_EDGES,
      edge('trust', 'nhse'),
      edge('place', 'nhse'),
      edge('system', 'council'), // a footprint to something inside it: ignored
      edge('icb', 'icb'),
      edge('icb', 'missing'),
    ];
    const placements = await layoutMap({ nodes: NESTED, edges });
    expectNoSiblingOverlap(NESTED, boxesOf(NESTED, placements));
  });

  it('treats a node whose parent is missing, or whose parents loop, as top-level', async () => {
    const nodes = [
      body('stray', 'gone'),
      body('other'),
      { ...footprint('x'), parentId: 'y' },
      { ...footprint('y'), parentId: 'x' },
    ];
    const placements = await layoutMap({ nodes, edges: [edge('stray', 'other')] });
    expect(placements).toHaveLength(4);
    const boxes = boxesOf(nodes, placements);
    const all = [...boxes.values()];
    for (const [i, a] of all.entries()) {
      for (const b of all.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    }
  });

  it('keeps a footprint holding little big enough for its title', async () => {
    const nodes = [footprint('small'), body('one', 'small')];
    for (const scope of [undefined, 'small']) {
      const placements = await layoutMap({ nodes, edges: [], scope });
      const size = placements.find((p) => p.id === 'small')?.size;
      expect(size?.w).toBeGreaterThanOrEqual(FOOTPRINT_MIN_SIZE.w);
      expect(size?.h).toBeGreaterThanOrEqual(FOOTPRINT_MIN_SIZE.h);
      // …and no bigger than that or its content needs.
      expect(size?.h).toBeLessThan(FOOTPRINT_MIN_SIZE.w);
    }
  });

  it('keeps an empty footprint at its own size', async () => {
    const nodes = [footprint('empty'), body('a')];
    const placements = await layoutMap({ nodes, edges: [] });
    expect(placements.find((p) => p.id === 'empty')?.size).toEqual({ w: 640, h: 420 });
  });
});
