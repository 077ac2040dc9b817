import type { Position } from '../../shared/ydoc/schema.ts';

/** A relationship's line as the canvas draws it, and its label's text. */
export interface LabelledLine {
  id: string;
  start: Position;
  end: Position;
  /** The label's place when it is fixed (one of several between the same two bodies). */
  fixed?: Position;
  label: string;
}

/** Where along its line a label may sit, nearest the middle first. */
export const LABEL_STOPS = [0.5, 0.32, 0.68, 0.2, 0.8] as const;

/** A label's box, estimated from its text at the canvas's 12 px bold with its padding. */
export function labelBox(at: Position, label: string) {
  const width = label.length * 7 + 12;
  const height = 20;
  return { x: at.x - width / 2, y: at.y - height / 2, width, height };
}

function pointAt(line: LabelledLine, t: number): Position {
  return {
    x: line.start.x + (line.end.x - line.start.x) * t,
    y: line.start.y + (line.end.y - line.start.y) * t,
  };
}

function overlaps(a: ReturnType<typeof labelBox>, b: ReturnType<typeof labelBox>): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The side of the squares labels are filed under, so each is checked only against those near it. */
const CELL = 120;

function cellsOf(box: ReturnType<typeof labelBox>): number[] {
  const keys: number[] = [];
  for (let x = Math.floor(box.x / CELL); x <= Math.floor((box.x + box.width) / CELL); x++) {
    for (let y = Math.floor(box.y / CELL); y <= Math.floor((box.y + box.height) / CELL); y++) {
      // One number per square: maps span far fewer than a million squares each way.
      keys.push(x * 1_000_003 + y);
    }
  }
  return keys;
}

/**
 * Places labels so they do not cover one another: fixed labels first, then in id order each
 * other label takes the first stop along its own line (the middle, then a third of the way
 * from either end…) where it is clear of the labels placed before it. Lines from one body
 * to two bodies close together ("commissions", "accountable to") get their labels apart.
 * Returns each line's label place.
 */
export function placeLabels(lines: readonly LabelledLine[]): Map<string, Position> {
  const placed = new Map<string, Position>();
  const filed = new Map<number, Array<ReturnType<typeof labelBox>>>();
  const clear = (box: ReturnType<typeof labelBox>) =>
    cellsOf(box).every((key) => !(filed.get(key) ?? []).some((other) => overlaps(box, other)));
  const sorted = [...lines].sort(
    (a, b) => Number(!a.fixed) - Number(!b.fixed) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  for (const line of sorted) {
    const choices = line.fixed ? [line.fixed] : LABEL_STOPS.map((t) => pointAt(line, t));
    const at = choices.find((point) => clear(labelBox(point, line.label))) ?? choices[0];
    if (!at) continue;
    placed.set(line.id, at);
    const box = labelBox(at, line.label);
    for (const key of cellsOf(box)) {
      const square = filed.get(key);
      if (square) square.push(box);
      else filed.set(key, [box]);
    }
  }
  return placed;
}
