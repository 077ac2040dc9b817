import { describe, expect, it } from 'vitest';
import { FAR_CARD, FAR_NAME_WIDTH, FarCardSizer, farCardHeight } from './farCard.ts';

describe('the zoomed-out card’s size', () => {
  it('is as tall as its name’s lines (four at most), and never under its least height', () => {
    expect(farCardHeight(0)).toBe(FAR_CARD.minHeight);
    expect(farCardHeight(1)).toBe(FAR_CARD.minHeight);
    // 2 × 37.4 + 2 × 8 + 2 × 4, in whole pixels.
    expect(farCardHeight(2)).toBe(99);
    expect(farCardHeight(3)).toBe(136);
    expect(farCardHeight(4)).toBe(174);
    expect(farCardHeight(7)).toBe(174);
  });

  it('wraps a name in the card’s width, and measures each word once', () => {
    const measured: string[] = [];
    // 20 pixels a letter: the name's width holds 10 letters.
    const sizer = new FarCardSizer((text) => {
      measured.push(text);
      return text.length * 20;
    });
    expect(FAR_NAME_WIDTH).toBe(218);
    expect(sizer.size('Leeds')).toEqual({ width: FAR_CARD.width, height: 84 });
    expect(sizer.size('Leeds Teaching Hospitals')).toEqual({ width: 250, height: 136 });
    expect(sizer.size('Leeds Teaching Hospitals')).toBe(sizer.size('Leeds Teaching Hospitals'));
    expect(sizer.size('Leeds General')).toEqual({ width: 250, height: 99 });
    expect(measured.filter((text) => text === 'Leeds')).toHaveLength(1);
  });
});
