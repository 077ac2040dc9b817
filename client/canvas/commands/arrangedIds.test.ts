import { describe, expect, it } from 'vitest';
import { arrangedIds } from './arrangedIds.ts';

// A place footprint holding a trust and a note, an ICB outside it, and a relationship id.
const parents = new Map<string, string | undefined>([
  ['place', undefined],
  ['trust', 'place'],
  ['note', 'place'],
  ['icb', undefined],
]);

describe('arrangedIds', () => {
  it('leaves out relationships: only bodies, footprints and notes are arranged', () => {
    expect(arrangedIds(['icb', 'trust', 'commissions-1', 'note'], parents)).toEqual([
      'icb',
      'trust',
      'note',
    ]);
  });

  it('leaves out what sits in a chosen footprint, which carries it', () => {
    expect(arrangedIds(['place', 'trust', 'note', 'icb'], parents)).toEqual(['place', 'icb']);
  });

  it('does not loop on a footprint that is its own ancestor', () => {
    const looped = new Map([
      ['a', 'b'],
      ['b', 'a'],
    ]);
    expect(arrangedIds(['a'], looped)).toEqual(['a']);
  });
});
