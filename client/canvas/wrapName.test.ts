import { describe, expect, it } from 'vitest';
import { barWidths, measureByWords, wrapName } from './wrapName.ts';

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

describe('barWidths', () => {
  it("gives the widths of wrapName's lines when every letter is as wide", () => {
    const names = [
      'Leeds ICB',
      'Northshire Acute Provider',
      'Partnerships',
      'one two three four five',
      '  Leeds   Teaching  Hospitals NHS Trust ',
      'Primary Care Network 12 of the Wakefield district with a long name indeed',
      'Supercalifragilisticexpialidocious partnership board',
      'a b c d e f g h i j k l m n o p q r s t u v w x y z',
      '',
      'x',
    ];
    let compared = 0;
    for (const name of names) {
      for (const width of [10, 25, 50, 90, 120, 218]) {
        for (const maxLines of [1, 2, 4]) {
          const lines = wrapName(name, width, maxLines, measure);
          const widths = barWidths(name, width, maxLines, 10);
          // None only for a name cut short, which is left to wrapName.
          if (widths === undefined) expect(lines.at(-1)?.endsWith('…')).toBe(true);
          else {
            expect(widths, `${name} / ${width} / ${maxLines}`).toEqual(lines.map(measure));
            compared++;
          }
        }
      }
    }
    // Most of them fit (71 of the 180).
    expect(compared).toBeGreaterThan(60);
  });
});
