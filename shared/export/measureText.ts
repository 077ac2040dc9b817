// An SVG string has no DOM to measure text in. These are Arial's/Helvetica's advance widths
// (in em), grouped, which is what every reader of the export falls back to; they err a little
// on the wide side so a measured line never runs out of its box.
const NARROW = new Set("iljtfrI.,:;'!|()[] ");
const WIDE = new Set('mwMW@');
const CAPS_WIDE = new Set('ABCDGHKNOQRUVXY&');

function glyphWidth(char: string): number {
  if (NARROW.has(char)) return 0.3;
  if (WIDE.has(char)) return 0.86;
  if (CAPS_WIDE.has(char)) return 0.73;
  if (char >= 'A' && char <= 'Z') return 0.64;
  if (char >= '0' && char <= '9') return 0.56;
  return 0.56;
}

/** The width of `text` set at `size` px, bold or not, in Arial or Helvetica. */
export function measureText(text: string, size: number, bold = false): number {
  let em = 0;
  for (const char of text) em += glyphWidth(char);
  return em * size * (bold ? 1.07 : 1);
}

/** `text` cut to fit `width`, with an ellipsis when something was cut. */
export function fitText(text: string, size: number, width: number, bold = false): string {
  if (measureText(text, size, bold) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && measureText(`${chars.join('').trimEnd()}…`, size, bold) > width) {
    chars.pop();
  }
  return `${chars.join('').trimEnd()}…`;
}

/**
 * `text` broken into lines no wider than `width`, at spaces where it can and inside a word
 * only when one word is wider than a line; the last line allowed ends in an ellipsis when
 * text is left over.
 */
export function wrapText(
  text: string,
  size: number,
  width: number,
  { bold = false, maxLines = Number.POSITIVE_INFINITY } = {},
): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.trim().split(/\s+/).filter(Boolean);
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measureText(candidate, size, bold) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    // A word wider than a line is broken where it must be.
    while (measureText(line, size, bold) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measureText(line.slice(0, cut), size, bold) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept.length - 1;
  kept[last] = fitText(`${kept[last]} ${lines[maxLines]}`, size, width, bold);
  if (!kept[last]?.endsWith('…')) kept[last] = fitText(`${kept[last]}…`, size, width, bold);
  return kept;
}
