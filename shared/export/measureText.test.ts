import { describe, expect, it } from 'vitest';
import { fitText, measureText, wrapText } from './measureText.ts';

describe('wrapText', () => {
  it('breaks at spaces so that no line is wider than asked', () => {
    const lines = wrapText('Northshire Acute Provider Collaborative', 15, 200, { bold: true });
    expect(lines).toEqual(['Northshire Acute Provider', 'Collaborative']);
    for (const line of lines) expect(measureText(line, 15, true)).toBeLessThanOrEqual(200);
  });

  it('breaks a word longer than a line inside it', () => {
    const lines = wrapText('Supercalifragilisticexpialidocious', 15, 100);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('Supercalifragilisticexpialidocious');
  });

  it('ends the last line allowed with an ellipsis when text is left over', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 15, 60, {
      maxLines: 2,
    });
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });
});

describe('fitText', () => {
  it('keeps text that fits and shortens text that does not', () => {
    expect(fitText('ICB', 12, 100)).toBe('ICB');
    const cut = fitText('Integrated care partnership', 12, 80);
    expect(cut.endsWith('…')).toBe(true);
    expect(measureText(cut, 12)).toBeLessThanOrEqual(80);
  });
});
