import { describe, expect, it } from 'vitest';
import { exportFileName, slugify } from './fileName.ts';

describe('slugify', () => {
  it('makes lower-case hyphenated ASCII words', () => {
    expect(slugify('West Yorkshire ICS — Leeds Place (draft 2)')).toBe(
      'west-yorkshire-ics-leeds-place-draft-2',
    );
  });

  it('folds accents and spells out ampersands', () => {
    expect(slugify('Café & Crèche Partnership')).toBe('cafe-and-creche-partnership');
  });

  it('falls back to "map" when nothing usable is left', () => {
    expect(slugify('   ')).toBe('map');
    expect(slugify('—!?')).toBe('map');
  });

  it('keeps names short and never ends on a hyphen', () => {
    const slug = slugify(`${'a'.repeat(79)} b`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('exportFileName', () => {
  it('adds the format as the extension', () => {
    expect(exportFileName('Leeds Place', 'png')).toBe('leeds-place.png');
    expect(exportFileName('Leeds Place', 'svg')).toBe('leeds-place.svg');
  });
});
