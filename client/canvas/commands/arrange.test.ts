import { describe, expect, it } from 'vitest';
import {
  ARRANGE_GAP,
  alignBoxes,
  arrangeChoiceFor,
  distributeBoxes,
  type PlacedBox,
  snapStep,
  snapToGrid,
} from './arrange.ts';

const box = (id: string, x: number, y: number, width = 200, height = 80): PlacedBox => ({
  id,
  x,
  y,
  width,
  height,
});

describe('alignBoxes', () => {
  const column = [box('icb', 40, 0), box('trust', 10, 200, 100), box('council', 90, 400)];

  it('lines up left, centre and right edges of a column', () => {
    expect(alignBoxes(column, 'left')).toEqual([
      { id: 'icb', position: { x: 10, y: 0 } },
      { id: 'council', position: { x: 10, y: 400 } },
    ]);
    // The selection spans 10 to 290: its centre is 150.
    expect(alignBoxes(column, 'centre')).toEqual([
      { id: 'icb', position: { x: 50, y: 0 } },
      { id: 'trust', position: { x: 100, y: 200 } },
      { id: 'council', position: { x: 50, y: 400 } },
    ]);
    expect(alignBoxes(column, 'right')).toEqual([
      { id: 'icb', position: { x: 90, y: 0 } },
      { id: 'trust', position: { x: 190, y: 200 } },
    ]);
  });

  it('lines up tops, middles and bottoms of a row', () => {
    const row = [box('a', 0, 10), box('b', 300, 0, 200, 40), box('c', 600, 30)];
    expect(alignBoxes(row, 'top')).toEqual([
      { id: 'a', position: { x: 0, y: 0 } },
      { id: 'c', position: { x: 600, y: 0 } },
    ]);
    expect(alignBoxes(row, 'bottom')).toEqual([
      { id: 'a', position: { x: 0, y: 30 } },
      { id: 'b', position: { x: 300, y: 70 } },
    ]);
    expect(alignBoxes(row, 'middle').map((m) => m.position.y)).toEqual([15, 35, 15]);
  });

  it('sets apart bodies that aligning would pile on one another', () => {
    const sideBySide = [box('a', 0, 0), box('b', 100, 20)];
    const moves = alignBoxes(sideBySide, 'left');
    expect(moves).toEqual([{ id: 'b', position: { x: 0, y: 80 + ARRANGE_GAP } }]);
  });

  it('does nothing for one element', () => {
    expect(alignBoxes([box('a', 5, 5)], 'left')).toEqual([]);
  });
});

describe('distributeBoxes', () => {
  it('keeps the ends and makes the gaps between neighbours equal', () => {
    const row = [box('a', 0, 0, 100), box('c', 900, 0, 100), box('b', 150, 0, 200)];
    // 1000 wide, 400 of bodies: two gaps of 300.
    expect(distributeBoxes(row, 'horizontal')).toEqual([{ id: 'b', position: { x: 400, y: 0 } }]);
  });

  it('spreads bodies that do not fit between the ends without overlapping', () => {
    const crowded = [box('a', 0, 0), box('b', 0, 10), box('c', 0, 20)];
    const moves = distributeBoxes(crowded, 'vertical');
    expect(moves).toEqual([
      { id: 'b', position: { x: 0, y: 80 + ARRANGE_GAP } },
      { id: 'c', position: { x: 0, y: 2 * (80 + ARRANGE_GAP) } },
    ]);
  });

  it('needs three elements', () => {
    expect(distributeBoxes([box('a', 0, 0), box('b', 500, 0)], 'horizontal')).toEqual([]);
  });
});

describe('snap to grid', () => {
  it('finds the nearest line, and the next line in a direction', () => {
    expect(snapToGrid(35, 24)).toBe(24);
    expect(snapToGrid(37, 24)).toBe(48);
    expect(snapStep(30, 1, 1, 24)).toBe(48);
    expect(snapStep(30, -1, 1, 24)).toBe(24);
    expect(snapStep(24, -1, 2, 24)).toBe(-24);
    expect(snapStep(30, 0, 1, 24)).toBe(30);
  });
});

describe('arrangeChoiceFor', () => {
  const keys = { altKey: true, shiftKey: false, ctrlKey: false, metaKey: false };
  it('maps Alt+letters to align and Alt+Shift+H/V to distribute', () => {
    expect(arrangeChoiceFor({ ...keys, code: 'KeyA' })?.command).toEqual({
      type: 'align',
      edge: 'left',
    });
    expect(arrangeChoiceFor({ ...keys, shiftKey: true, code: 'KeyV' })?.command).toEqual({
      type: 'distribute',
      axis: 'vertical',
    });
    expect(arrangeChoiceFor({ ...keys, altKey: false, code: 'KeyA' })).toBeUndefined();
  });
});
