import { describe, expect, it } from 'vitest';
import { measureByWords, wrapName } from './wrapName.ts';

// Every character 10 units wide.
const measure = (text: string) => text.length * 10;

describe('wrapName', () => {
  it('keeps a name that fits on one line', () => {
    expect(wrapName('Leeds ICB', 100, 4, measure)).toEqual(['Leeds ICB']);
  });

  it('breaks at spaces', () => {
    expect(wrapName('Northshire Acute Provider', 120, 4, measure)).toEqual([
      'Northshire',
      'Acute',
      'Provider',
    ]);
  });

  it('breaks inside a word too long for a line', () => {
    expect(wrapName('Partnerships', 50, 4, measure)).toEqual(['Partn', 'ershi', 'ps']);
  });

  it('ends the last line with an ellipsis when the name does not fit', () => {
    expect(wrapName('one two three four five', 50, 2, measure)).toEqual(['one', 'two…']);
  });
});

describe('measureByWords', () => {
  it("sums its words' and spaces' widths, measuring each distinct piece once", () => {
    const asked: string[] = [];
    const widths = new Map<string, number>();
    const byWords = measureByWords((text) => {
      asked.push(text);
      return measure(text);
    }, widths);
    expect(byWords('Leeds Teaching Hospitals')).toBe(measure('Leeds Teaching Hospitals'));
    expect(byWords('Leeds Community Healthcare')).toBe(measure('Leeds Community Healthcare'));
    expect(asked.sort()).toEqual([
      ' ',
      'Community',
      'Healthcare',
      'Hospitals',
      'Leeds',
      'Teaching',
    ]);
  });

  it('wraps names as the whole lines measured do', () => {
    const byWords = measureByWords(measure, new Map());
    for (const [name, width] of [
      ['Northshire Acute Provider', 120],
      ['Partnerships', 50],
      ['one two three four five', 50],
    ] as const) {
      expect(wrapName(name, width, 2, byWords)).toEqual(wrapName(name, width, 2, measure));
    }
  });
});
