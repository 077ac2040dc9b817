import { describe, expect, it } from 'vitest';
import { wrapName } from './wrapName.ts';

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
