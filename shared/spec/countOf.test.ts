import { describe, expect, it } from 'vitest';
import { countOf } from './countOf.ts';

describe('countOf', () => {
  it('puts the noun in the singular for one and the plural otherwise', () => {
    expect(countOf(1, 'footprint')).toBe('1 footprint');
    expect(countOf(0, 'footprint')).toBe('0 footprints');
    expect(countOf(1, 'warning')).toBe('1 warning');
    expect(countOf(2, 'body')).toBe('2 bodies');
    expect(countOf(1, 'body')).toBe('1 body');
    expect(countOf(2_000, 'relationship')).toBe('2,000 relationships');
    expect(countOf(3, 'analysis', 'analyses')).toBe('3 analyses');
  });
});
