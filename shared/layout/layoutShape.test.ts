import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSpec } from '../../test/helpers/generateSpec.ts';
import { parseSpec } from '../spec/parseSpec.ts';
import type { GovernanceSpec } from '../spec/specSchema.ts';
import { farTitleClashes } from './layoutGeometry.ts';
import { UNMEASURED_BODY_SIZE } from './layoutInput.ts';
import { PACKED_LAYOUT_THRESHOLD } from './layoutMap.ts';
import { layoutSpec } from './layoutSpec.ts';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Every element's box in absolute coordinates, from positions relative to the parent. */
function absoluteBoxes(spec: GovernanceSpec, layout: Awaited<ReturnType<typeof layoutSpec>>) {
  const parents = new Map<string, string | undefined>([
    ...spec.footprints.map((f) => [f.id, f.parent] as const),
    ...spec.bodies.map((b) => [b.id, b.footprint] as const),
  ]);
  const boxes = new Map<string, Box>();
  const boxOf = (id: string): Box => {
    const known = boxes.get(id);
    if (known) return known;
    const at = layout.positions.get(id) ?? { x: 0, y: 0 };
    const size = layout.sizes.get(id) ?? {
      w: UNMEASURED_BODY_SIZE.width,
      h: UNMEASURED_BODY_SIZE.height,
    };
    const parent = parents.get(id);
    const origin = parent ? boxOf(parent) : { x: 0, y: 0 };
    const box = { x: origin.x + at.x, y: origin.y + at.y, w: size.w, h: size.h };
    boxes.set(id, box);
    return box;
  };
  for (const id of parents.keys()) boxOf(id);
  return { boxes, parents };
}

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.w <= outer.x + outer.w &&
  inner.y + inner.h <= outer.y + outer.h;
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

function bounds(boxes: Iterable<Box>): { w: number; h: number } {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const box of boxes) {
    left = Math.min(left, box.x);
    top = Math.min(top, box.y);
    right = Math.max(right, box.x + box.w);
    bottom = Math.max(bottom, box.y + box.h);
  }
  return { w: right - left, h: bottom - top };
}

function expectCompactAndNested(
  spec: GovernanceSpec,
  layout: Awaited<ReturnType<typeof layoutSpec>>,
) {
  const { boxes, parents } = absoluteBoxes(spec, layout);
  // Zoomed out, each footprint's name is large: nothing it holds is under it.
  expect(farTitleClashes(spec, layout)).toEqual([]);
  const { w, h } = bounds(boxes.values());
  // Near a screen's shape: no side more than three times the other.
  expect(Math.max(w, h) / Math.min(w, h)).toBeLessThanOrEqual(3);
  for (const [id, parent] of parents) {
    const box = boxes.get(id);
    const parentBox = parent ? boxes.get(parent) : undefined;
    if (box && parentBox) expect(inside(box, parentBox), `${id} inside ${parent}`).toBe(true);
  }
  // Siblings never overlap.
  const siblings = new Map<string | undefined, Box[]>();
  for (const [id, parent] of parents) {
    const list = siblings.get(parent) ?? [];
    const box = boxes.get(id);
    if (box) list.push(box);
    siblings.set(parent, list);
  }
  for (const list of siblings.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i], list[j]];
        if (a && b) expect(overlaps(a, b)).toBe(false);
      }
    }
  }
}

// ELK takes seconds on a busy shared machine; these assert shape, never time.
describe('the shape of a laid-out spec', { timeout: 60_000 }, () => {
  it('packs a whole system near the screen’s shape, each body inside its footprint', async () => {
    const spec = generateSpec(PACKED_LAYOUT_THRESHOLD * 3);
    expectCompactAndNested(spec, await layoutSpec(spec));
  });

  it('keeps a small system near the screen’s shape too (the West Yorkshire fixture)', async () => {
    const parsed = parseSpec(
      JSON.parse(readFileSync('test/fixtures/ics-west-yorkshire.spec.json', 'utf8')),
    );
    if (!parsed.ok) throw new Error('fixture does not parse');
    expectCompactAndNested(parsed.spec, await layoutSpec(parsed.spec));
  });
});
