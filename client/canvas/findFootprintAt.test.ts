import { describe, expect, it } from 'vitest';
import { findFootprintAt } from './findFootprintAt.ts';

const system = { id: 'system-wy', x: 0, y: 0, width: 1000, height: 800 };
const place = { id: 'place-leeds', x: 100, y: 100, width: 400, height: 300 };

describe('findFootprintAt', () => {
  it('finds the innermost footprint under a point', () => {
    expect(findFootprintAt({ x: 150, y: 150 }, [system, place], new Set())?.id).toBe('place-leeds');
    expect(findFootprintAt({ x: 900, y: 700 }, [system, place], new Set())?.id).toBe('system-wy');
    expect(findFootprintAt({ x: 2000, y: 50 }, [system, place], new Set())).toBeNull();
  });

  it('skips the excluded footprints (the dragged one and its descendants)', () => {
    expect(findFootprintAt({ x: 150, y: 150 }, [system, place], new Set(['place-leeds']))?.id).toBe(
      'system-wy',
    );
  });
});
