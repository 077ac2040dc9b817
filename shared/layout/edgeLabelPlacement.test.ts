import { describe, expect, it } from 'vitest';
import { labelBox, placeLabels, placeLabelsAlong } from './edgeLabelPlacement.ts';

function apart(a: ReturnType<typeof labelBox>, b: ReturnType<typeof labelBox>): boolean {
  return (
    a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y
  );
}

describe('placeLabels', () => {
  it('moves a label along its line off one it would cover', () => {
    // An ICB at the top commissions one trust and is accountable from another beside it.
    const lines = [
      {
        id: 'commissions',
        start: { x: 300, y: 80 },
        end: { x: 250, y: 400 },
        label: 'commissions',
      },
      {
        id: 'accountable',
        start: { x: 300, y: 80 },
        end: { x: 350, y: 400 },
        label: 'accountable to',
      },
    ];
    const places = placeLabels(lines);
    const first = places.get('commissions');
    const second = places.get('accountable');
    if (!first || !second) throw new Error('a label was not placed');
    // The first in id order keeps the middle; the other moves along its own line.
    expect(second).toEqual({ x: 325, y: 240 });
    expect(apart(labelBox(first, 'commissions'), labelBox(second, 'accountable to'))).toBe(true);
  });

  it('keeps a fixed label where it is and a lone label in the middle', () => {
    const places = placeLabels([
      {
        id: 'a',
        start: { x: 0, y: 0 },
        end: { x: 400, y: 0 },
        label: 'funds',
        fixed: { x: 200, y: 40 },
      },
      { id: 'b', start: { x: 0, y: 500 }, end: { x: 400, y: 500 }, label: 'hosts' },
    ]);
    expect(places.get('a')).toEqual({ x: 200, y: 40 });
    expect(places.get('b')).toEqual({ x: 200, y: 500 });
  });

  it('sets a label beside its line when every place on it is taken', () => {
    // Two bodies 40 px apart, one above the other, with two relationships between them:
    // their staggered places are too close for two labels, so the second steps aside.
    const between = { start: { x: 300, y: 200 }, end: { x: 300, y: 240 } };
    const places = placeLabels([
      { id: 'subcontracts', ...between, label: 'subcontracts', fixed: { x: 294, y: 220 } },
      { id: 'accountable', ...between, label: 'accountable to', fixed: { x: 306, y: 220 } },
    ]);
    const first = places.get('accountable');
    const second = places.get('subcontracts');
    if (!first || !second) throw new Error('a label was not placed');
    expect(first).toEqual({ x: 306, y: 220 });
    // Beside the other, level with it: sideways, as the line runs up and down.
    expect(second.y).toBe(220);
    expect(apart(labelBox(first, 'accountable to'), labelBox(second, 'subcontracts'))).toBe(true);
  });

  it('slides a label along its line off a card that is not one of its ends', () => {
    // A line from (0, 100) to (400, 100) runs under a card over its middle.
    const card = { id: 'card', x: 150, y: 60, width: 100, height: 80 };
    const places = placeLabelsAlong(
      [
        {
          id: 'a',
          start: { x: 0, y: 100 },
          end: { x: 400, y: 100 },
          label: 'funds',
          ends: ['l', 'r'],
        },
      ],
      () => ({ width: 40, height: 20 }),
      [card],
    );
    const place = places.get('a');
    if (!place) throw new Error('the label was not placed');
    // Still on its line, at the nearest step from the middle clear of the card and its 2 px
    // margin: t = 0.7 (0.3 is as near; towards the end comes first).
    expect(place.at).toEqual({ x: 280, y: 100 });
    expect(place.leader).toBe(false);
    expect(
      apart(
        labelBox(place.at, 'funds', () => ({ width: 40, height: 20 })),
        card,
      ),
    ).toBe(true);
  });

  it('may cover its own ends, but only when nothing near is free', () => {
    // Two cards 20 px apart side by side; a label 60 px wide cannot sit between them, so it
    // moves off the line above or below the pair's shorter card, with a leader back to it.
    const left = { id: 'left', x: 0, y: 0, width: 100, height: 40 };
    const right = { id: 'right', x: 120, y: 0, width: 100, height: 80 };
    const line = { id: 'a', start: { x: 100, y: 20 }, end: { x: 120, y: 20 }, label: 'x' };
    const size = () => ({ width: 60, height: 20 });
    const free = placeLabelsAlong([{ ...line, ends: ['left', 'right'] }], size, [left, right]);
    const place = free.get('a');
    if (!place) throw new Error('the label was not placed');
    const box = labelBox(place.at, 'x', size);
    expect(apart(box, left) && apart(box, right)).toBe(true);
    expect(place.leader).toBe(true);
    // Ringed in by other cards, it stays on its line over its own ends.
    const above = { id: 'above', x: -100, y: -200, width: 500, height: 198 };
    const below = { id: 'below', x: -100, y: 82, width: 500, height: 200 };
    const walled = placeLabelsAlong([{ ...line, ends: ['left', 'right'] }], size, [
      left,
      right,
      above,
      below,
    ]).get('a');
    expect(walled?.at).toEqual({ x: 110, y: 20 });
  });
});
