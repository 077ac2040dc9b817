import { describe, expect, it } from 'vitest';
import { mapBounds } from './mapBounds.ts';

describe('mapBounds', () => {
  it('resolves positions inside nested footprints to the canvas', () => {
    const bounds = mapBounds([
      { id: 'system', position: { x: 100, y: 50 }, width: 800, height: 600 },
      { id: 'place', parentId: 'system', position: { x: 40, y: 60 }, width: 300, height: 200 },
      {
        id: 'trust',
        parentId: 'place',
        position: { x: 700, y: 900 },
        measured: { width: 200, height: 70 },
      },
      { id: 'nhse', position: { x: -50, y: 0 }, measured: { width: 200, height: 70 } },
    ]);
    // trust sits at 100 + 40 + 700 = 840, 50 + 60 + 900 = 1010 on the canvas.
    expect(bounds).toEqual({ x: -50, y: 0, width: 840 + 200 + 50, height: 1010 + 70 });
  });

  it('prefers measured sizes and skips hidden nodes', () => {
    const bounds = mapBounds([
      {
        id: 'a',
        position: { x: 0, y: 0 },
        width: 10,
        height: 10,
        measured: { width: 50, height: 20 },
      },
      { id: 'b', position: { x: 500, y: 500 }, width: 10, height: 10, hidden: true },
    ]);
    expect(bounds).toEqual({ x: 0, y: 0, width: 50, height: 20 });
  });

  it('is empty for no nodes, and survives a parent loop', () => {
    expect(mapBounds([])).toEqual({ x: 0, y: 0, width: 0, height: 0 });
    const looped = mapBounds([
      { id: 'a', parentId: 'b', position: { x: 10, y: 10 }, width: 10, height: 10 },
      { id: 'b', parentId: 'a', position: { x: 10, y: 10 }, width: 10, height: 10 },
    ]);
    expect(Number.isFinite(looped.width)).toBe(true);
  });
});
