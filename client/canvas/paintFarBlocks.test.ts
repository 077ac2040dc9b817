import type { InternalNode } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import type { FarBlock } from './farBlocks.ts';
import { FarPainter } from './paintFarBlocks.ts';

/** A 2D context that draws nothing and records the measures and rectangles asked of it. */
function recordingContext() {
  const record = { measured: [] as string[], rects: [] as number[][], texts: [] as string[] };
  const context = {
    canvas: { width: 1000, height: 800 },
    font: '',
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    textBaseline: 'alphabetic',
    setTransform() {},
    clearRect() {},
    save() {},
    restore() {},
    beginPath() {},
    rect() {},
    clip() {},
    setLineDash() {},
    strokeRect() {},
    fillRect(x: number, y: number, w: number, h: number) {
      record.rects.push([x, y, w, h]);
    },
    fillText(text: string) {
      record.texts.push(text);
    },
    measureText(text: string) {
      record.measured.push(text);
      return { width: text.length * 18 };
    },
  };
  return { context: context as unknown as CanvasRenderingContext2D, record };
}

function body(id: string, label: string, x: number, y: number) {
  const node = {
    id,
    internals: { positionAbsolute: { x, y } },
    measured: { width: 250, height: 84 },
  } as unknown as InternalNode;
  const block: FarBlock = {
    label,
    kind: 'nhs-trust',
    status: 'proposed',
    dimmed: false,
    change: undefined,
    renaming: false,
  };
  return { node, block };
}

describe('FarPainter', () => {
  const bodies = Array.from({ length: 300 }, (_, index) =>
    body(
      `b${index}`,
      `Provider number ${index} of the system`,
      (index % 20) * 300,
      Math.floor(index / 20) * 100,
    ),
  );
  const order = bodies.map(({ node }) => ({ id: node.id }));
  const lookup = new Map(bodies.map(({ node }) => [node.id, node]));
  const blocks = new Map(bodies.map(({ node, block }) => [node.id, block]));
  /** What painting the bodies at `zoom` asked of the context. */
  const paintAt = (zoom: number) => {
    const { context, record } = recordingContext();
    new FarPainter(context, 'sans-serif').paint(
      { x: 0, y: 0, zoom, width: 1000, height: 800, ratio: 1 },
      order,
      lookup,
      blocks,
      new Map(),
    );
    return record;
  };

  it('paints names too small to read as bars, measuring no name to wrap it', () => {
    // A fitted whole system: names 34 × 0.1 = 3.4 px high on screen, under what can be read.
    const record = paintAt(0.1);
    expect(record.texts).toEqual([]);
    expect(record.measured.length).toBeLessThanOrEqual(1);
    // A bar per line of each name, as long as the line: the block itself, then its bars.
    const bars = record.rects.filter(([, , , h]) => h === 17);
    expect(bars.length).toBeGreaterThanOrEqual(bodies.length);
    const short = record.rects.filter(([, , w = 0, h]) => h === 17 && w > 0 && w < 250);
    expect(short.length).toBe(bars.length);
  });

  it('wraps and writes names that can be read with the font’s measure of each word', () => {
    const record = paintAt(0.5);
    expect(record.texts.length).toBeGreaterThan(0);
    expect(record.measured.length).toBeGreaterThan(1);
  });
});
