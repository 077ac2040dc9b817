import { describe, expect, it } from 'vitest';
import { reviewFileName } from './reviewFileName.ts';

describe('reviewFileName', () => {
  it('slugifies the title', () => {
    expect(reviewFileName('West Yorkshire integrated care system')).toBe(
      'west-yorkshire-integrated-care-system.review.md',
    );
    expect(reviewFileName('Bradford & Craven: Act as One – 2025/26')).toBe(
      'bradford-and-craven-act-as-one-2025-26.review.md',
    );
  });

  it('falls back when nothing is left of the title', () => {
    expect(reviewFileName('***')).toBe('map.review.md');
  });
});
