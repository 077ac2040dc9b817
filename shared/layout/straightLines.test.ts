import { describe, expect, it } from 'vitest';
import {
  type Box,
  clearStraightLines,
  inflate,
  lineBetween,
  type PlacedNode,
  segmentCrossesBox,
} from './straightLines.ts';

const OPTIONS = { inset: 24, clearance: 24 };

const body = (id: string, x: number, y: number, parent: string | null = null): PlacedNode => ({
  id,
  parent,
  box: { x, y, w: 250, h: 100 },
  container: false,
});

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

function blocked(boxes: ReadonlyMap<string, Box>, links: [string, string][], clearance = 0) {
  const out: string[] = [];
  for (const [a, b] of links) {
    const [start, end] = lineBetween(boxes.get(a) as Box, boxes.get(b) as Box);
    for (const [id, box] of boxes) {
      if (id === a || id === b || id.startsWith('fp')) continue;
      if (segmentCrossesBox(start, end, inflate(box, clearance))) out.push(`${a}-${b} ${id}`);
    }
  }
  return out;
}

function expectApart(boxes: ReadonlyMap<string, Box>, nodes: readonly PlacedNode[]) {
  for (const [i, a] of nodes.entries()) {
    for (const b of nodes.slice(i + 1)) {
      if (a.parent !== b.parent) continue;
      expect(overlaps(boxes.get(a.id) as Box, boxes.get(b.id) as Box), `${a.id}/${b.id}`).toBe(
        false,
      );
    }
  }
}

describe('segmentCrossesBox', () => {
  const box = { x: 100, y: 100, w: 100, h: 50 };
  it('finds a line through the box, and not one beside or short of it', () => {
    expect(segmentCrossesBox({ x: 150, y: 0 }, { x: 150, y: 300 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: 0, y: 0 }, { x: 300, y: 300 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: 99, y: 0 }, { x: 99, y: 300 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: 150, y: 0 }, { x: 150, y: 99 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: 0, y: 200 }, { x: 300, y: 160 }, box)).toBe(false);
  });
});

describe('clearStraightLines', () => {
  it('leaves a layout whose lines are clear as it is', () => {
    const nodes = [body('a', 0, 0), body('b', 0, 210), body('c', 310, 210)];
    const boxes = clearStraightLines(
      nodes,
      [
        ['a', 'b'],
        ['a', 'c'],
      ],
      OPTIONS,
    );
    for (const node of nodes) expect(boxes.get(node.id)).toEqual(node.box);
  });

  it('moves a body out from between two it does not link', () => {
    const nodes = [body('top', 0, 0), body('middle', 0, 210), body('bottom', 0, 420)];
    const links: [string, string][] = [
      ['top', 'bottom'],
      ['top', 'middle'],
    ];
    expect(blocked(new Map(nodes.map((n) => [n.id, n.box])), links)).toEqual(['top-bottom middle']);
    const boxes = clearStraightLines(nodes, links, OPTIONS);
    expect(blocked(boxes, links, OPTIONS.clearance)).toEqual([]);
    expectApart(boxes, nodes);
    // Only sideways, and the layout keeps its left edge.
    for (const node of nodes) expect(boxes.get(node.id)?.y).toBe(node.box.y);
    expect(Math.min(...[...boxes.values()].map((box) => box.x))).toBe(0);
  });

  it('widens the footprint around a body it moves, pushing aside what is level with it', () => {
    // A place holding a council above its partnership, which answers to the ICB above the
    // place; a neighbouring place to its right, level with it.
    const nodes: PlacedNode[] = [
      body('icb', 24, 0),
      { id: 'fp-place', parent: null, box: { x: 0, y: 160, w: 298, h: 402 }, container: true },
      body('council', 24, 228, 'fp-place'),
      body('partnership', 24, 438, 'fp-place'),
      { id: 'fp-next', parent: null, box: { x: 358, y: 160, w: 298, h: 192 }, container: true },
      body('trust', 382, 228, 'fp-next'),
    ];
    const links: [string, string][] = [
      ['icb', 'partnership'],
      ['council', 'partnership'],
      ['trust', 'partnership'],
    ];
    expect(blocked(new Map(nodes.map((n) => [n.id, n.box])), links)).toEqual([
      'icb-partnership council',
    ]);
    const boxes = clearStraightLines(nodes, links, OPTIONS);
    expect(blocked(boxes, links, OPTIONS.clearance)).toEqual([]);
    expectApart(boxes, nodes);
    expect(boxes.get('fp-place')?.w).toBeGreaterThan(298);
    // Each footprint still holds what it holds, with its inset.
    for (const [inner, outer] of [
      ['council', 'fp-place'],
      ['partnership', 'fp-place'],
      ['trust', 'fp-next'],
    ] as const) {
      const a = boxes.get(inner) as Box;
      const b = boxes.get(outer) as Box;
      expect(a.x).toBeGreaterThanOrEqual(b.x + OPTIONS.inset);
      expect(a.x + a.w).toBeLessThanOrEqual(b.x + b.w - OPTIONS.inset);
    }
  });

  it('ignores links to footprints and to nodes it does not know', () => {
    const nodes: PlacedNode[] = [
      body('top', 0, 0),
      { id: 'fp', parent: null, box: { x: 0, y: 160, w: 298, h: 150 }, container: true },
      body('bottom', 0, 420),
    ];
    const boxes = clearStraightLines(
      nodes,
      [
        ['top', 'fp'],
        ['top', 'missing'],
        ['top', 'top'],
      ],
      OPTIONS,
    );
    for (const node of nodes) expect(boxes.get(node.id)).toEqual(node.box);
  });
});
