import type { Position } from '../../../shared/ydoc/schema.ts';
import { SPACE } from '../../theme/tokens.ts';
import type { Box } from '../placement.ts';

/** An element's box on the canvas, in flow (absolute) coordinates. */
export interface PlacedBox extends Box {
  id: string;
}

/** The edge or centre line that Align lines the selection up on. */
export type AlignEdge = 'left' | 'centre' | 'right' | 'top' | 'middle' | 'bottom';

/** The direction Distribute spreads the selection in. */
export type DistributeAxis = 'horizontal' | 'vertical';

/** The least room left between two bodies that Align or Distribute set side by side. */
export const ARRANGE_GAP = SPACE[8];

type Axis = { pos: 'x' | 'y'; size: 'width' | 'height' };
const ACROSS: Axis = { pos: 'x', size: 'width' };
const DOWN: Axis = { pos: 'y', size: 'height' };

/** Which axis an alignment moves boxes along, and at which of their points it lines them up. */
const ALIGN: Record<AlignEdge, { axis: Axis; at: 0 | 0.5 | 1 }> = {
  left: { axis: ACROSS, at: 0 },
  centre: { axis: ACROSS, at: 0.5 },
  right: { axis: ACROSS, at: 1 },
  top: { axis: DOWN, at: 0 },
  middle: { axis: DOWN, at: 0.5 },
  bottom: { axis: DOWN, at: 1 },
};

/**
 * Keeps boxes apart along `axis`: in the order they stand, each that would touch the one
 * before it (its range on the other axis overlapping) is pushed on, `ARRANGE_GAP` past it.
 */
function keepApart(boxes: PlacedBox[], axis: Axis): PlacedBox[] {
  const other = axis === ACROSS ? DOWN : ACROSS;
  const sorted = [...boxes].sort((a, b) => a[axis.pos] - b[axis.pos] || a.id.localeCompare(b.id));
  const placed: PlacedBox[] = [];
  for (const box of sorted) {
    let at = box[axis.pos];
    for (const before of placed) {
      const facing =
        box[other.pos] < before[other.pos] + before[other.size] &&
        before[other.pos] < box[other.pos] + box[other.size];
      if (facing) at = Math.max(at, before[axis.pos] + before[axis.size] + ARRANGE_GAP);
    }
    placed.push({ ...box, [axis.pos]: at });
  }
  return placed;
}

/** Only the boxes whose place differs from before, as top-left corners. */
function moved(before: readonly PlacedBox[], after: readonly PlacedBox[]) {
  const was = new Map(before.map((box) => [box.id, box]));
  return after
    .filter((box) => was.get(box.id)?.x !== box.x || was.get(box.id)?.y !== box.y)
    .map((box) => ({ id: box.id, position: { x: box.x, y: box.y } }));
}

/**
 * Lines boxes up on the selection's left, centre or right (or top, middle, bottom). Boxes
 * that would then land on one another are set apart along the line, in the order they were,
 * so aligning never piles bodies up. Returns the top-left corners of the boxes that move.
 */
export function alignBoxes(
  boxes: readonly PlacedBox[],
  edge: AlignEdge,
): Array<{ id: string; position: Position }> {
  if (boxes.length < 2) return [];
  const { axis, at } = ALIGN[edge];
  const start = Math.min(...boxes.map((box) => box[axis.pos]));
  const end = Math.max(...boxes.map((box) => box[axis.pos] + box[axis.size]));
  const line = start + (end - start) * at;
  const lined = boxes.map((box) => ({ ...box, [axis.pos]: line - box[axis.size] * at }));
  return moved(boxes, keepApart(lined, axis === ACROSS ? DOWN : ACROSS));
}

/**
 * Spreads boxes evenly: the first and last stay, and the others are placed so the gaps
 * between neighbours are equal. Where they do not fit between the two ends, each is set
 * `ARRANGE_GAP` after the one before instead, so none overlap.
 */
export function distributeBoxes(
  boxes: readonly PlacedBox[],
  axis: DistributeAxis,
): Array<{ id: string; position: Position }> {
  if (boxes.length < 3) return [];
  const { pos, size } = axis === 'horizontal' ? ACROSS : DOWN;
  const sorted = [...boxes].sort(
    (a, b) => a[pos] + a[size] / 2 - (b[pos] + b[size] / 2) || a.id.localeCompare(b.id),
  );
  const first = sorted[0] as PlacedBox;
  const last = sorted[sorted.length - 1] as PlacedBox;
  const room = last[pos] + last[size] - first[pos];
  const filled = sorted.reduce((sum, box) => sum + box[size], 0);
  const gap = Math.max(ARRANGE_GAP, (room - filled) / (sorted.length - 1));
  let at = first[pos];
  const spread = sorted.map((box) => {
    const placed = { ...box, [pos]: Math.round(at) };
    at += box[size] + gap;
    return placed;
  });
  return moved(boxes, spread);
}

/** The grid line nearest to `value`. */
export function snapToGrid(value: number, grid: number): number {
  return Math.round(value / grid) * grid;
}

/**
 * Where an arrow key takes `value` with snap to grid on: `cells` grid lines on in the
 * direction of `sign` (a value between lines first goes to the next line that way).
 */
export function snapStep(value: number, sign: number, cells: number, grid: number): number {
  if (sign === 0) return value;
  const line = sign > 0 ? Math.floor(value / grid) : Math.ceil(value / grid);
  return (line + sign * cells) * grid;
}

/** One Arrange command, from the toolbar, the element menu or the keyboard. */
export type ArrangeCommand =
  | { type: 'align'; edge: AlignEdge }
  | { type: 'distribute'; axis: DistributeAxis };

/** Where a command puts the boxes that move (top-left corners, canvas coordinates). */
export function arrangeMoves(
  boxes: readonly PlacedBox[],
  command: ArrangeCommand,
): Array<{ id: string; position: Position }> {
  switch (command.type) {
    case 'align':
      return alignBoxes(boxes, command.edge);
    case 'distribute':
      return distributeBoxes(boxes, command.axis);
    default: {
      const never: never = command;
      return never;
    }
  }
}

/** A command as offered: its name, its shortcut, and how many elements it needs. */
export interface ArrangeChoice {
  command: ArrangeCommand;
  name: string;
  /** The shortcut as shown, and the key's `code` pressed with Alt (and Shift when `shift`). */
  keys: string;
  code: string;
  shift: boolean;
  least: 2 | 3;
}

function align(edge: AlignEdge, name: string, code: string): ArrangeChoice {
  const letter = code.replace('Key', '');
  return {
    command: { type: 'align', edge },
    name,
    keys: `Alt+${letter}`,
    code,
    shift: false,
    least: 2,
  };
}

function distribute(axis: DistributeAxis, name: string, code: string): ArrangeChoice {
  const letter = code.replace('Key', '');
  const command: ArrangeCommand = { type: 'distribute', axis };
  return { command, name, keys: `Alt+Shift+${letter}`, code, shift: true, least: 3 };
}

/** Every Arrange command, in the order menus list them, with shortcuts as design tools have them. */
export const ARRANGE_CHOICES: readonly ArrangeChoice[] = [
  align('left', 'Align left', 'KeyA'),
  align('centre', 'Align centre', 'KeyH'),
  align('right', 'Align right', 'KeyD'),
  align('top', 'Align top', 'KeyW'),
  align('middle', 'Align middle', 'KeyV'),
  align('bottom', 'Align bottom', 'KeyS'),
  distribute('horizontal', 'Distribute horizontally', 'KeyH'),
  distribute('vertical', 'Distribute vertically', 'KeyV'),
];

/** The command an Alt key press asks for, or undefined. */
export function arrangeChoiceFor(event: {
  code: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}): ArrangeChoice | undefined {
  if (!event.altKey || event.ctrlKey || event.metaKey) return undefined;
  return ARRANGE_CHOICES.find(
    (choice) => choice.code === event.code && choice.shift === event.shiftKey,
  );
}
