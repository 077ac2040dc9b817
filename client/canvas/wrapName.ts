/**
 * A name broken into at most `maxLines` lines no wider than `width`, as the browser wraps a
 * body's name (at spaces, and inside a word too long for a line), the last line ending in an
 * ellipsis when the name does not fit. `measure` gives a string's width in the same units.
 */
export function wrapName(
  name: string,
  width: number,
  maxLines: number,
  measure: (text: string) => number,
): string[] {
  const lines: string[] = [];
  let line = '';
  const words = name.trim().split(/\s+/).filter(Boolean);
  for (let index = 0; index < words.length; index++) {
    let word = words[index] ?? '';
    const tried = line ? `${line} ${word}` : word;
    if (measure(tried) <= width) {
      line = tried;
      continue;
    }
    if (line) {
      lines.push(line);
      line = '';
    }
    // A word wider than a line breaks where it must (overflow-wrap: anywhere).
    while (measure(word) > width && word.length > 1) {
      let fits = 1;
      while (fits < word.length && measure(word.slice(0, fits + 1)) <= width) fits++;
      lines.push(word.slice(0, fits));
      word = word.slice(fits);
    }
    line = word;
    if (lines.length >= maxLines) break;
  }
  if (line && lines.length < maxLines) lines.push(line);
  if (lines.length <= maxLines && fitsAll(lines, words)) return lines;
  const shown = lines.slice(0, maxLines);
  let last = shown[maxLines - 1] ?? '';
  while (last && measure(`${last}…`) > width) last = last.slice(0, -1).trimEnd();
  shown[maxLines - 1] = `${last}…`;
  return shown;
}

/** Whether the lines hold every word of the name. */
function fitsAll(lines: readonly string[], words: readonly string[]): boolean {
  return lines.join('').replace(/\s+/g, '').length === words.join('').length;
}

/**
 * A measure of text by its words: each distinct word (and the space) is measured once and
 * kept in `widths`, and a line is the sum of its words and spaces. Wrapping a whole system's
 * names on the first paint measured every line tried, about ten thousand calls to the
 * browser's text measure at 2,000 bodies; names share most of their words.
 */
export function measureByWords(
  measure: (text: string) => number,
  widths: Map<string, number>,
): (text: string) => number {
  const width = (piece: string) => {
    let found = widths.get(piece);
    if (found === undefined) {
      found = measure(piece);
      widths.set(piece, found);
    }
    return found;
  };
  return (text) => {
    const words = text.split(' ');
    let total = (words.length - 1) * width(' ');
    for (const word of words) if (word) total += width(word);
    return total;
  };
}

/**
 * The widths of the lines `wrapName` makes of a name when every character is `letter` wide
 * (the font's average letter: names painted as bars, too small to read), worked out from
 * the characters' count alone, with no string built: a fitted whole system's first paint
 * wraps thousands of names this way. Undefined for a name that does not fit in `maxLines`
 * (its last line is cut to an ellipsis by wrapName).
 */
export function barWidths(
  name: string,
  width: number,
  maxLines: number,
  letter: number,
): number[] | undefined {
  const fit = letter > 0 ? Math.floor(width / letter) : Number.POSITIVE_INFINITY;
  const lines: number[] = [];
  let line = 0;
  let at = 0;
  const end = name.length;
  while (at < end) {
    while (at < end && isSpace(name.charCodeAt(at))) at++;
    if (at >= end) break;
    let word = 0;
    while (at < end && !isSpace(name.charCodeAt(at))) {
      word++;
      at++;
    }
    const tried = line ? line + 1 + word : word;
    if (tried <= fit) {
      line = tried;
      continue;
    }
    if (line) {
      lines.push(line);
      line = 0;
    }
    // A word wider than a line breaks where it must, at least a character a line.
    while (word > fit && word > 1) {
      const fits = Math.max(1, fit);
      lines.push(fits);
      word -= fits;
    }
    line = word;
    if (lines.length >= maxLines) return undefined;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) return undefined;
  return lines.map((chars) => chars * letter);
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}
