import type { Position } from '../ydoc/schema.ts';
import { segmentCrossesBox } from './straightLines.ts';

/** A relationship's line as the canvas draws it, and its label's text. */
export interface LabelledLine {
  id: string;
  start: Position;
  end: Position;
  /** The label's place when it is fixed (one of several between the same two bodies). */
  fixed?: Position;
  label: string;
  /** The point a fanned curve bows through (a quadratic curve), when it is one. */
  control?: Position;
  /** The ids of the two elements it joins: a label may cover their cards when it must. */
  ends?: readonly string[];
}

/**
 * How a label keeps to its line. Near it: its centre on the line, from its place (the
 * middle) in steps of `slideStep` of the line's length, t from 0.2 to 0.8; else moved straight
 * off the line in `nudge` px steps, its box at most `near` px from the line. Far from it, only
 * when nothing near is free: moved off any point of the line (every `farSlideStep`) by at most
 * `far` px, with a leader drawn back to that point.
 */
export const LABEL_REACH = {
  slideStep: 0.05,
  slideWithin: [0.2, 0.8],
  nudge: 4,
  near: 8,
  farSlideStep: 0.025,
  far: 120,
} as const;

/** The free margin a label keeps around a card or header drawn over it. */
const COVER_MARGIN = 2;

/** A label's box on the page: its top-left corner and size. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Something drawn over labels (a body's card, a footprint's header) and whose it is. */
export interface LabelCover extends LabelBox {
  /** The element drawn: a label may cover its own line's ends when it has to. */
  id?: string;
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

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function toBox({ x, y, width, height }: LabelBox) {
  return { x, y, w: width, h: height };
}

/** The side of the squares boxes are filed under, so each is checked only against those near it. */
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

/** Boxes filed by square, so a label is checked only against those near it. */
class BoxFile<T extends LabelBox> {
  private readonly squares = new Map<number, T[]>();

  add(box: T): void {
    for (const key of cellsOf(box)) {
      const square = this.squares.get(key);
      if (square) square.push(box);
      else this.squares.set(key, [box]);
    }
  }

  /** Whether the segment from `from` to `to` passes through none of the boxes that `counts`. */
  crossed(from: Position, to: Position, counts: (other: T) => boolean): boolean {
    const span = {
      x: Math.min(from.x, to.x),
      y: Math.min(from.y, to.y),
      width: Math.abs(to.x - from.x),
      height: Math.abs(to.y - from.y),
    };
    return cellsOf(span).some((key) =>
      (this.squares.get(key) ?? []).some(
        (other) => counts(other) && segmentCrossesBox(from, to, toBox(other)),
      ),
    );
  }

  /** Whether `box` overlaps none of the filed boxes that `counts` (all, unless told). */
  clear(box: LabelBox, counts: (other: T) => boolean = () => true): boolean {
    return cellsOf(box).every((key) =>
      (this.squares.get(key) ?? []).every((other) => !counts(other) || !overlaps(box, other)),
    );
  }
}

/** A point on the line and the unit normal to it there. */
interface LinePoint {
  at: Position;
  across: Position;
}

/**
 * The line a label belongs to, as a function of t from 0 (start) to 1 (end), and the t its
 * label starts from: a fanned curve's own place, else the middle. Without a control point,
 * a line with a fixed place is taken as the straight line through that place.
 */
function lineShape(line: LabelledLine): { point: (t: number) => LinePoint; start: number } {
  const { start, end, control, fixed } = line;
  const bend = control ?? {
    x: (start.x + end.x) / 2 + (fixed ? fixed.x - (start.x + end.x) / 2 : 0),
    y: (start.y + end.y) / 2 + (fixed ? fixed.y - (start.y + end.y) / 2 : 0),
  };
  // A straight line through a fixed place is a quadratic curve with its ends moved too.
  const shift = control
    ? { x: 0, y: 0 }
    : { x: bend.x - (start.x + end.x) / 2, y: bend.y - (start.y + end.y) / 2 };
  const from = { x: start.x + shift.x, y: start.y + shift.y };
  const to = { x: end.x + shift.x, y: end.y + shift.y };
  const point = (t: number): LinePoint => {
    const u = 1 - t;
    const at = {
      x: u * u * from.x + 2 * u * t * bend.x + t * t * to.x,
      y: u * u * from.y + 2 * u * t * bend.y + t * t * to.y,
    };
    const dx = 2 * u * (bend.x - from.x) + 2 * t * (to.x - bend.x);
    const dy = 2 * u * (bend.y - from.y) + 2 * t * (to.y - bend.y);
    const length = Math.hypot(dx, dy);
    return { at, across: length > 0 ? { x: -dy / length, y: dx / length } : { x: 0, y: 1 } };
  };
  if (!control || !fixed) return { point, start: 0.5 };
  // The fanned curve's label sits at a t of its own: the nearest sampled point to it.
  let best = 0.5;
  for (let t = 0; t <= 1; t += 0.01) {
    const { at } = point(t);
    const { at: was } = point(best);
    if (Math.hypot(at.x - fixed.x, at.y - fixed.y) < Math.hypot(was.x - fixed.x, was.y - fixed.y))
      best = t;
  }
  return { point, start: best };
}

/** How many straight pieces a curve is taken as when measuring a label's distance from it. */
const PIECES = 16;

/** A label's place, and the point of its line it belongs to. */
export interface LabelPlace {
  /** The label's centre. */
  at: Position;
  /** The point of its line it was moved from: `at` itself when it sits on the line. */
  from: Position;
  /** Whether it was set clear of its line, so needs a leader to it to be read as its. */
  leader: boolean;
}

/** How close to its line a label is looked for: near it, or failing that further off. */
type Reach = 'near' | 'far';

/**
 * The places a label may take, best first. Near: on its line at its place (the middle),
 * then slid along it step by step, nearest that place first; then moved straight off it,
 * the smallest move first (at each distance, nearest its place first), its box within
 * `LABEL_REACH.near` px of the line. Far: moved off any point of its line, the smallest move
 * first, up to `LABEL_REACH.far` px away. Yielded lazily: most labels take the first.
 */
function* placesNear(
  line: LabelledLine,
  width: number,
  height: number,
  reach: Reach,
): Generator<LabelPlace> {
  const { point, start } = lineShape(line);
  // Near: from its place in steps each way, within the middle of the line. Far: every step
  // of the whole line but its very ends, nearest its place first.
  const ts: number[] = [];
  if (reach === 'near') {
    const [low, high] = LABEL_REACH.slideWithin;
    ts.push(start);
    for (let k = 1; k * LABEL_REACH.slideStep <= 1; k++) {
      for (const t of [start + k * LABEL_REACH.slideStep, start - k * LABEL_REACH.slideStep]) {
        if (t >= low - 1e-9 && t <= high + 1e-9) ts.push(t);
      }
    }
  } else {
    const steps = Math.round(1 / LABEL_REACH.farSlideStep);
    for (let i = 1; i < steps; i++) ts.push(i / steps);
    ts.sort((a, b) => Math.abs(a - start) - Math.abs(b - start));
  }
  const points = ts.map(point);
  if (reach === 'near') for (const { at } of points) yield { at, from: at, leader: false };
  // A straight line is one piece; a fanned curve is measured as several.
  const count = line.control ? PIECES : 1;
  const pieces = Array.from({ length: count + 1 }, (_, i) => point(i / count).at);
  const within = (at: Position, by: number) => {
    const grown = {
      x: at.x - width / 2 - by,
      y: at.y - height / 2 - by,
      w: width + 2 * by,
      h: height + 2 * by,
    };
    return pieces.some((from, i) => {
      const to = pieces[i + 1];
      return to !== undefined && segmentCrossesBox(from, to, grown);
    });
  };
  const most = reach === 'near' ? LABEL_REACH.near : LABEL_REACH.far;
  // The box's half diagonal and the reach bound how far off the line a label can be.
  const farthest = Math.hypot(width, height) / 2 + most;
  for (let off = LABEL_REACH.nudge; off <= farthest; off += LABEL_REACH.nudge) {
    for (const { at: from, across } of points) {
      for (const side of [off, -off]) {
        const at = { x: from.x + across.x * side, y: from.y + across.y * side };
        if (within(at, most)) yield { at, from, leader: !within(at, 0) };
      }
    }
  }
}

/**
 * Places labels so they cover neither one another nor the cards drawn over them, and stay by
 * their lines. Fixed labels first, then in id order, each label takes the first of its near
 * places (placesNear: the middle of its line, else slid along it, else moved off it by the
 * least) that is clear of the labels placed before it and of every cover, else the first
 * such far place, whose leader (from its line to it) crosses no cover either; else the same
 * again letting it cover its own line's ends (their names are hidden only when nothing else
 * is free). Failing all of them, it takes the first near place clear of the labels, and
 * failing that, its place on the line. The canvas and the exports both place labels this
 * way, each with the size it draws them at. `covers`: boxes drawn over the labels (an
 * export's body cards and footprint names).
 */
export function placeLabelsAlong(
  lines: readonly LabelledLine[],
  size: LabelSize = canvasLabelSize,
  covers: readonly LabelCover[] = [],
): Map<string, LabelPlace> {
  const placed = new Map<string, LabelPlace>();
  const labels = new BoxFile<LabelBox>();
  const over = new BoxFile<LabelCover>();
  // Few labels need a leader: each new label is checked against them all.
  const leaders: LabelPlace[] = [];
  for (const cover of covers) {
    over.add({
      ...cover,
      x: cover.x - COVER_MARGIN,
      y: cover.y - COVER_MARGIN,
      width: cover.width + 2 * COVER_MARGIN,
      height: cover.height + 2 * COVER_MARGIN,
    });
  }
  const sorted = [...lines].sort(
    (a, b) => Number(!a.fixed) - Number(!b.fixed) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  for (const line of sorted) {
    const { width, height } = size(line.label);
    const boxAt = (point: Position) => labelBox(point, line.label, () => ({ width, height }));
    const ends = new Set(line.ends ?? []);
    const notEnd = (cover: LabelCover) => cover.id === undefined || !ends.has(cover.id);
    const free = (place: LabelPlace) => labels.clear(boxAt(place.at));
    // A leader is drawn to a label set far off its line: it must cross no card and no other
    // label (it would seem to lead to that one), and no label may sit on one.
    const led = (place: LabelPlace, counts: (cover: LabelCover) => boolean) =>
      !place.leader ||
      (!over.crossed(place.from, place.at, counts) &&
        !labels.crossed(place.from, place.at, () => true));
    const offLeaders = (box: LabelBox) =>
      leaders.every(({ from, at }) => !segmentCrossesBox(from, at, toBox(box)));
    const clear = (place: LabelPlace, counts: (cover: LabelCover) => boolean) =>
      free(place) &&
      over.clear(boxAt(place.at), counts) &&
      offLeaders(boxAt(place.at)) &&
      led(place, counts);
    const every = () => true;
    const tries: Array<[Reach, (place: LabelPlace) => boolean]> =
      covers.length === 0
        ? [
            ['near', free],
            ['far', free],
          ]
        : [
            ['near', (place) => clear(place, every)],
            ['far', (place) => clear(place, every)],
            ['near', (place) => clear(place, notEnd)],
            ['far', (place) => clear(place, notEnd)],
            ['near', free],
          ];
    let chosen: LabelPlace | undefined;
    for (const [reach, test] of tries) {
      for (const place of placesNear(line, width, height, reach)) {
        if (test(place)) {
          chosen = place;
          break;
        }
      }
      if (chosen) break;
    }
    const place = chosen ??
      placesNear(line, width, height, 'near').next().value ?? {
        at: line.start,
        from: line.start,
        leader: false,
      };
    placed.set(line.id, place);
    labels.add(boxAt(place.at));
    if (place.leader) leaders.push(place);
  }
  return placed;
}

/** {@link placeLabelsAlong}, each label's centre alone: the canvas draws no leaders. */
export function placeLabels(
  lines: readonly LabelledLine[],
  size: LabelSize = canvasLabelSize,
  covers: readonly LabelCover[] = [],
): Map<string, Position> {
  const places = new Map<string, Position>();
  for (const [id, { at }] of placeLabelsAlong(lines, size, covers)) places.set(id, at);
  return places;
}
