import { describe, expect, it } from 'vitest';
import { keptMiniMapShapes, type MiniMapNode, miniMapShapes } from './miniMapShapes.ts';

const node = (
  x: number,
  y: number,
  color: string,
  size: { width?: number; height?: number } = { width: 10, height: 5 },
  hidden = false,
): MiniMapNode & { color: string } => ({
  color,
  hidden,
  measured: size,
  internals: { positionAbsolute: { x, y } },
});

describe('miniMapShapes', () => {
  it('draws the nodes of each colour as one path, and boxes them all', () => {
    const { shapes, bounds } = miniMapShapes(
      [node(0, 0, 'red'), node(20, 10, 'blue'), node(-5, 40, 'red')],
      (n) => n.color,
    );
    expect(shapes).toEqual([
      { color: 'red', d: 'M0,0h10v5h-10zM-5,40h10v5h-10z' },
      { color: 'blue', d: 'M20,10h10v5h-10z' },
    ]);
    expect(bounds).toEqual({ x: -5, y: 0, width: 35, height: 45 });
  });

  it('draws hidden nodes (bodies painted without a card), and leaves out those not measured', () => {
    const { shapes, bounds } = miniMapShapes(
      [node(0, 0, 'red', {}, false), node(5, 5, 'red', { width: 10, height: 5 }, true)],
      (n) => n.color,
    );
    expect(shapes).toEqual([{ color: 'red', d: 'M5,5h10v5h-10z' }]);
    expect(bounds).toEqual({ x: 5, y: 5, width: 10, height: 5 });
  });

  it('takes a size given before measuring', () => {
    const sized = { ...node(1, 2, 'grey', {}), width: 30, height: 20 };
    expect(miniMapShapes([sized], (n) => n.color).shapes).toEqual([
      { color: 'grey', d: 'M1,2h30v20h-30z' },
    ]);
  });

  it('hands back the same shapes while no node moved, resized or changed colour', () => {
    const shapesOf = keptMiniMapShapes((n: MiniMapNode & { color: string }) => n.color);
    const first = shapesOf([node(0, 0, 'red'), node(20, 10, 'blue')]);
    expect(shapesOf([node(0, 0, 'red'), node(20, 10, 'blue')])).toBe(first);
    const moved = shapesOf([node(0, 1, 'red'), node(20, 10, 'blue')]);
    expect(moved).not.toBe(first);
    expect(moved.shapes[0]?.d).toBe('M0,1h10v5h-10z');
    expect(shapesOf([node(0, 1, 'grey'), node(20, 10, 'blue')])).not.toBe(moved);
  });
});

describe('keptMiniMapShapes', () => {
  it('keeps the shapes when a node is added that is not measured yet, and redraws once it is', () => {
    const shapesOf = keptMiniMapShapes((n: MiniMapNode & { color: string }) => n.color);
    const first = shapesOf([node(0, 0, 'red'), node(20, 10, 'blue')]);
    const added = [node(0, 0, 'red'), node(20, 10, 'blue'), node(40, 40, 'red', {})];
    expect(shapesOf(added)).toBe(first);
    const measured = shapesOf([node(0, 0, 'red'), node(20, 10, 'blue'), node(40, 40, 'red')]);
    expect(measured).not.toBe(first);
    expect(measured.shapes[0]?.d).toBe('M0,0h10v5h-10zM40,40h10v5h-10z');
  });

  it('draws again when a node is removed, and not when one is hidden', () => {
    const shapesOf = keptMiniMapShapes((n: MiniMapNode & { color: string }) => n.color);
    const first = shapesOf([node(0, 0, 'red'), node(20, 10, 'blue')]);
    expect(shapesOf([node(0, 0, 'red')]).shapes).toEqual([{ color: 'red', d: 'M0,0h10v5h-10z' }]);
    const again = shapesOf([node(0, 0, 'red'), node(20, 10, 'blue')]);
    expect(again).not.toBe(first);
    expect(shapesOf([node(0, 0, 'red'), node(20, 10, 'blue', undefined, true)])).toBe(again);
  });
});
