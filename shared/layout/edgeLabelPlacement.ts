import type { Position } from '../ydoc/schema.ts';

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

/** A label's box on the page: its top-left corner and size. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How big a label is drawn, centred on its place: the canvas's estimate, or an export's. */
export type LabelSize = (label: string) => { width: number; height: number };

/** A label's size estimated from its text at the canvas's 12 px bold with its padding. */
export const canvasLabelSize: LabelSize = (label) => ({ width: label.length * 7 + 12, height: 20 });

/** A label's box, centred on `at`, at the canvas's size unless told another. */
export function labelBox(at: Position, label: string, size: LabelSize = canvasLabelSize): LabelBox {
  const { width, height } = size(label);
  return { x: at.x - width / 2, y: at.y - height / 2, width, height };
}

function pointAt(line: LabelledLine, t: number): Position {
  return {
    x: line.start.x + (line.end.x - line.start.x) * t,
    y: line.start.y + (line.end.y - line.start.y) * t,
  };
}

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The side of the squares labels are filed under, so each is checked only against those near it. */
const CELL = 120;

function cellsOf(box: LabelBox): number[] {
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
 * Where along its line a label may sit: the stops, on the line or, for a label with a fixed
 * place (one curve of several between two bodies), level with that place along its curve.
 */
function stopsOf(line: LabelledLine): Position[] {
  const { fixed } = line;
  if (!fixed) return LABEL_STOPS.map((t) => pointAt(line, t));
  const middle = pointAt(line, 0.5);
  return LABEL_STOPS.map((t) => {
    const at = pointAt(line, t);
    return { x: fixed.x + at.x - middle.x, y: fixed.y + at.y - middle.y };
  });
}

/** How far beside its line a label may step, in steps of its own width or height. */
const ASIDE_STEPS = [1, -1, 2, -2] as const;

/**
 * A label's places beside its line, for when every place on it is taken (bodies a short way
 * apart, with two relationships between them): stepped across the line, sideways for a
 * line that runs up and down, up or down for one that runs across, its edge first touching
 * the line, then one more label's width or height away.
 */
function asideOf(line: LabelledLine, at: Position, width: number, height: number): Position[] {
  const upright = Math.abs(line.end.y - line.start.y) > Math.abs(line.end.x - line.start.x);
  return ASIDE_STEPS.map((step) => {
    // The centre's distance from the line: half a label and a little, then a label more.
    const away = (size: number) => Math.sign(step) * ((Math.abs(step) - 0.5) * (size + 2) + 2);
    return upright ? { x: at.x + away(width), y: at.y } : { x: at.x, y: at.y + away(height) };
  });
}

/**
 * Places labels so they do not cover one another: fixed labels first, then in id order each
 * other label takes the first stop along its own line (the middle, then a third of the way
 * from either end…) where it is clear of the labels placed before it, and failing all of
 * them the first place just beside one of those. Lines from one body to two bodies close
 * together ("commissions", "accountable to") get their labels apart. Returns each line's
 * label place. The canvas and the exports both place labels this way, each with the size it
 * draws them at. `covers`: boxes drawn over the labels (an export's bodies), which a label
 * keeps clear of when it has a place that does, and never at the cost of covering a label.
 */
export function placeLabels(
  lines: readonly LabelledLine[],
  size: LabelSize = canvasLabelSize,
  covers: readonly LabelBox[] = [],
): Map<string, Position> {
  const placed = new Map<string, Position>();
  const filed = new Map<number, Array<LabelBox>>();
  const above = new Map<number, Array<LabelBox>>();
  const file = (into: Map<number, LabelBox[]>, box: LabelBox) => {
    for (const key of cellsOf(box)) {
      const square = into.get(key);
      if (square) square.push(box);
      else into.set(key, [box]);
    }
  };
  for (const box of covers) file(above, box);
  const clearOf = (boxes: Map<number, LabelBox[]>, box: LabelBox) =>
    cellsOf(box).every((key) => !(boxes.get(key) ?? []).some((other) => overlaps(box, other)));
  const sorted = [...lines].sort(
    (a, b) => Number(!a.fixed) - Number(!b.fixed) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const boxes = new Map<string, LabelBox>();
  const candidates = (line: LabelledLine) => {
    const choices = stopsOf(line);
    const { width, height } = size(line.label);
    const aside = choices.flatMap((point) => asideOf(line, point, width, height));
    return [...choices, ...aside].map((point) => ({
      point,
      box: labelBox(point, line.label, () => ({ width, height })),
    }));
  };
  // First clear of one another; then, where a label sits under something drawn over it, it
  // moves to a place clear of that too, if one is free of every other label where it stands.
  for (const line of sorted) {
    const options = candidates(line);
    const chosen = options.find(({ box }) => clearOf(filed, box)) ?? options[0];
    if (!chosen) continue;
    placed.set(line.id, chosen.point);
    boxes.set(line.id, chosen.box);
    file(filed, chosen.box);
  }
  if (covers.length === 0) return placed;
  for (const line of sorted) {
    const box = boxes.get(line.id);
    if (!box || clearOf(above, box)) continue;
    for (const key of cellsOf(box))
      filed.set(
        key,
        (filed.get(key) ?? []).filter((b) => b !== box),
      );
    const better = candidates(line).find(
      (option) => clearOf(filed, option.box) && clearOf(above, option.box),
    );
    const kept = better ?? { point: placed.get(line.id) ?? line.start, box };
    placed.set(line.id, kept.point);
    file(filed, kept.box);
  }
  return placed;
}
