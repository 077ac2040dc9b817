import { describe, expect, it } from 'vitest';
import { LEGEND_FOLDED_ABOVE, legendOpenAtStart } from './legendOpen.ts';

describe('legendOpenAtStart', () => {
  it('keeps the participant’s last choice, whatever the map', () => {
    expect(legendOpenAtStart('closed', 2)).toBe(false);
    expect(legendOpenAtStart('open', 40)).toBe(true);
  });

  it('the first time, opens only a short key', () => {
    expect(legendOpenAtStart(null, LEGEND_FOLDED_ABOVE)).toBe(true);
    expect(legendOpenAtStart(null, LEGEND_FOLDED_ABOVE + 1)).toBe(false);
    expect(legendOpenAtStart('something else', 3)).toBe(true);
  });
});
