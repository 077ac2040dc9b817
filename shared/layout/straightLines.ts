// The canvas draws a relationship as a straight line between the facing borders of its two
// bodies (lineBetween, below: client/canvas/RelationshipEdge.tsx draws with it), not along the route ELK plans for it. ELK keeps its
// routes clear of bodies, but a straight line cuts corners, and can run through a body that
// ELK put between the two ends. This nudges such bodies sideways until the lines run clear.

/** A box in absolute coordinates. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Point {
  x: number;
  y: number;
}

function centreOf(box: Box): Point {
  return { x: box.x + box.w / 2, y: box.y + box.h / 2 };
}

/**
 * Where the line from the box's centre towards `toward` leaves the box's border, so a
 * relationship meets each body at its edge on the side facing the other body.
 */
export function borderPoint(box: Box, toward: Point): Point {
  const centre = centreOf(box);
  const dx = toward.x - centre.x;
  const dy = toward.y - centre.y;
  if (dx === 0 && dy === 0) return centre;
  const scale = Math.min(
    dx === 0 ? Number.POSITIVE_INFINITY : box.w / 2 / Math.abs(dx),
    dy === 0 ? Number.POSITIVE_INFINITY : box.h / 2 / Math.abs(dy),
  );
  return { x: centre.x + dx * scale, y: centre.y + dy * scale };
}

/** The straight line the canvas draws between two bodies' boxes, border to border. */
export function lineBetween(a: Box, b: Box): [Point, Point] {
  return [borderPoint(a, centreOf(b)), borderPoint(b, centreOf(a))];
}

/** Whether the segment passes through the inside of the box (Liang–Barsky clipping). */
export function segmentCrossesBox(start: Point, end: Point, box: Box): boolean {
  if (box.w <= 0 || box.h <= 0) return false;
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  let enter = 0;
  let leave = 1;
  const sides: [number, number][] = [
    [-dx, start.x - box.x],
    [dx, box.x + box.w - start.x],
    [-dy, start.y - box.y],
    [dy, box.y + box.h - start.y],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) enter = Math.max(enter, t);
    else leave = Math.min(leave, t);
    if (enter >= leave) return false;
  }
  return true;
}

/** The box grown (or, with a negative amount, shrunk) by `by` on every side. */
export function inflate(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, w: box.w + 2 * by, h: box.h + 2 * by };
}

/** A laid-out node: a body, which lines must keep clear of, or a footprint holding others. */
export interface PlacedNode {
  id: string;
  /** The footprint it sits in, or null at the top. */
  parent: string | null;
  /** Where it is, in absolute coordinates. */
  box: Box;
  container: boolean;
}

export interface ClearLinesOptions {
  /** The room a footprint keeps between its sides and what it holds. */
  inset: number;
  /** How far a line should pass from a body it does not join. */
  clearance: number;
}

/** What a line through a body costs, as pixels of width the map may grow by to avoid it. */
const LINE_THROUGH_COST = 2000;
/** What a line passing closer than the clearance costs, likewise. */
const LINE_NEAR_COST = 300;
/** How many of the best single nudges are followed by a second when no single one helps. */
const PAIRED_NUDGES = 8;
/**
 * How many line-and-body checks the nudging may make in all, so that a big map stops with
 * what it has reached (about a second's work; the West Yorkshire fixture needs 11 million).
 */
const WORK_BUDGET = 16_000_000;

interface Tree {
  parent: ReadonlyMap<string, string | null>;
  children: ReadonlyMap<string | null, readonly string[]>;
  inset: number;
}

type Boxes = Map<string, Box>;

const rightOf = (box: Box) => box.x + box.w;

const overlapsVertically = (a: Box, b: Box) => a.y < b.y + b.h && b.y < a.y + a.h;

function moveSubtree(boxes: Boxes, tree: Tree, id: string, dx: number) {
  const box = boxes.get(id);
  if (box) box.x += dx;
  for (const child of tree.children.get(id) ?? []) moveSubtree(boxes, tree, child, dx);
}

/**
 * Moves a node sideways by `dx`, and with it each sibling in its way: one level with it on
 * that side, one level with that, and so on. So nothing that was apart comes to overlap.
 */
function push(boxes: Boxes, tree: Tree, id: string, dx: number) {
  const parent = tree.parent.get(id) ?? null;
  const siblings = (tree.children.get(parent) ?? []).filter((sibling) => sibling !== id);
  const moving = [id];
  for (let i = 0; i < moving.length; i++) {
    const mover = boxes.get(moving[i] ?? '');
    if (!mover) continue;
    for (const sibling of siblings) {
      const box = boxes.get(sibling);
      if (!box || moving.includes(sibling) || !overlapsVertically(box, mover)) continue;
      if (dx > 0 ? box.x >= mover.x : rightOf(box) <= rightOf(mover)) moving.push(sibling);
    }
  }
  for (const mover of moving) moveSubtree(boxes, tree, mover, dx);
  if (parent !== null) widenToHold(boxes, tree, parent);
}

/** Widens a footprint to hold its children again, pushing aside what it grows into. */
function widenToHold(boxes: Boxes, tree: Tree, id: string) {
  const box = boxes.get(id);
  const kids = tree.children.get(id) ?? [];
  const kidBoxes = kids.flatMap((kid) => boxes.get(kid) ?? []);
  if (!box || kidBoxes.length === 0) return;
  const growRight = Math.max(...kidBoxes.map(rightOf)) + tree.inset - rightOf(box);
  const growLeft = box.x - (Math.min(...kidBoxes.map((kid) => kid.x)) - tree.inset);
  // The footprint is pushed by as much as it grows, so what is in its way moves aside, then
  // what it holds is put back.
  if (growRight > 0) {
    push(boxes, tree, id, growRight);
    for (const kid of kids) moveSubtree(boxes, tree, kid, -growRight);
    box.x -= growRight;
    box.w += growRight;
  }
  if (growLeft > 0) {
    push(boxes, tree, id, -growLeft);
    for (const kid of kids) moveSubtree(boxes, tree, kid, growLeft);
    box.w += growLeft;
  }
}

function isWithin(tree: Tree, id: string, ancestor: string): boolean {
  for (let at: string | null = id; at !== null; at = tree.parent.get(at) ?? null) {
    if (at === ancestor) return true;
  }
  return false;
}

/** The node and the footprints around it, innermost first, short of any holding `keep`. */
function movable(tree: Tree, id: string, keep: readonly string[]): string[] {
  const chain: string[] = [];
  for (let at: string | null = id; at !== null; at = tree.parent.get(at) ?? null) {
    const footprint = at;
    if (keep.some((other) => isWithin(tree, other, footprint))) break;
    chain.push(footprint);
  }
  return chain;
}

/** A line between two bodies that runs through, or too close to, a third. */
interface Blocked {
  link: readonly [string, string];
  body: string;
  /** Whether the line runs through the body itself, not only too close to it. */
  through: boolean;
}

function blockedLines(
  boxes: Boxes,
  bodies: readonly string[],
  links: ReadonlyArray<readonly [string, string]>,
  clearance: number,
): Blocked[] {
  const blocked: Blocked[] = [];
  const around = bodies.flatMap((body) => {
    const box = boxes.get(body);
    return box ? [{ body, box, wide: inflate(box, clearance) }] : [];
  });
  for (const link of links) {
    const a = boxes.get(link[0]);
    const b = boxes.get(link[1]);
    if (!a || !b) continue;
    const [start, end] = lineBetween(a, b);
    const left = Math.min(start.x, end.x);
    const right = Math.max(start.x, end.x);
    const top = Math.min(start.y, end.y);
    const bottom = Math.max(start.y, end.y);
    for (const { body, box, wide } of around) {
      if (wide.x > right || rightOf(wide) < left || wide.y > bottom || wide.y + wide.h < top) {
        continue;
      }
      if (body === link[0] || body === link[1]) continue;
      if (!segmentCrossesBox(start, end, wide)) continue;
      blocked.push({ link, body, through: segmentCrossesBox(start, end, box) });
    }
  }
  return blocked;
}

/** A node to push sideways, and how far. */
type Move = readonly [string, number];

/**
 * Nudges that would clear a blocked line: the body in the way (or a footprint around it)
 * stepping aside to the right or the left; with `ends`, also either end of the line (or a
 * footprint around it) moving so that the line passes the body on one side.
 */
function movesToClear(
  boxes: Boxes,
  tree: Tree,
  { link, body }: Blocked,
  clearance: number,
  ends: boolean,
): Move[] {
  const box = boxes.get(body);
  const a = boxes.get(link[0]);
  const b = boxes.get(link[1]);
  if (!box || !a || !b) return [];
  const band = inflate(box, clearance + 1);
  const [start, end] = lineBetween(a, b);
  const dy = end.y - start.y;
  const xAt = (y: number) => {
    const t = dy === 0 ? 0 : Math.min(1, Math.max(0, (y - start.y) / dy));
    return start.x + (end.x - start.x) * t;
  };
  // Where the line runs at the height of the body.
  const xs = dy === 0 ? [start.x, end.x] : [xAt(band.y), xAt(band.y + band.h)];
  const moves: Move[] = [];
  for (const id of movable(tree, body, link)) {
    moves.push([id, Math.ceil(Math.max(...xs) - band.x)]);
    moves.push([id, -Math.ceil(rightOf(band) - Math.min(...xs))]);
  }
  if (ends) {
    // An end moving by dx swings the line about the other end: at height y, by dx * t.
    for (const [moving, fixed] of [
      [link[0], b],
      [link[1], a],
    ] as const) {
      const from = centreOf(fixed);
      const to = centreOf(boxes.get(moving) ?? fixed);
      if (to.y === from.y) continue;
      const ts = [band.y, band.y + band.h]
        .map((y) => (y - from.y) / (to.y - from.y))
        .filter((t) => t > 0.05 && t <= 1);
      if (ts.length === 0) continue;
      const xOf = (t: number) => from.x + (to.x - from.x) * t;
      const right = Math.ceil(Math.max(...ts.map((t) => (rightOf(band) - xOf(t)) / t)));
      const left = Math.floor(Math.min(...ts.map((t) => (band.x - xOf(t)) / t)));
      for (const id of movable(tree, moving, [body])) moves.push([id, right], [id, left]);
    }
  }
  return moves.filter(([, dx]) => dx !== 0);
}

/** Where the layout starts and ends, left to right. */
function extent(boxes: Boxes, tops: readonly string[]): [number, number] {
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  for (const id of tops) {
    const box = boxes.get(id);
    if (!box) continue;
    left = Math.min(left, box.x);
    right = Math.max(right, rightOf(box));
  }
  return [left, right];
}

interface State {
  boxes: Boxes;
  blocked: Blocked[];
  cost: number;
}

/**
 * Nudges bodies and footprints sideways, with what lies level with them, until no straight
 * line between two linked bodies runs through, or within `clearance` of, a third body.
 * Each step takes the nudge that most lowers a cost: the blocked lines, how much wider the
 * map gets, and how far bodies move from where they were. The body in the way is tried
 * first, then the line's ends, then (where no single nudge helps) pairs of nudges.
 * Footprints widen to keep holding what they hold, and the layout keeps its left edge.
 * Returns every node's new absolute box.
 */
export function clearStraightLines(
  nodes: readonly PlacedNode[],
  links: ReadonlyArray<readonly [string, string]>,
  options: ClearLinesOptions,
): Map<string, Box> {
  const children = new Map<string | null, string[]>();
  for (const node of nodes) {
    children.set(node.parent, [...(children.get(node.parent) ?? []), node.id]);
  }
  const tree: Tree = {
    parent: new Map(nodes.map((node) => [node.id, node.parent])),
    children,
    inset: options.inset,
  };
  const bodies = nodes.filter((node) => !node.container).map((node) => node.id);
  const isBody = new Set(bodies);
  const lines = links.filter(([a, b]) => a !== b && isBody.has(a) && isBody.has(b));
  const tops = children.get(null) ?? [];
  const initial: Boxes = new Map(nodes.map((node) => [node.id, { ...node.box }]));
  if (lines.length === 0 || tops.length === 0) return initial;
  const [startLeft] = extent(initial, tops);
  let work = 0;

  const evaluate = (boxes: Boxes): State => {
    work += lines.length * bodies.length;
    const blocked = blockedLines(boxes, bodies, lines, options.clearance);
    const through = blocked.filter((line) => line.through).length;
    const [left, right] = extent(boxes, tops);
    let moved = 0;
    for (const id of bodies) {
      moved += Math.abs((boxes.get(id)?.x ?? 0) - left - ((initial.get(id)?.x ?? 0) - startLeft));
    }
    const cost =
      through * LINE_THROUGH_COST +
      (blocked.length - through) * LINE_NEAR_COST +
      (right - left) +
      moved;
    return { boxes, blocked, cost };
  };
  const nudges = (from: State, ends: boolean): State[] => {
    const tried = new Set<string>();
    const out: State[] = [];
    for (const line of from.blocked) {
      for (const [id, dx] of movesToClear(from.boxes, tree, line, options.clearance, ends)) {
        const key = `${id} ${dx}`;
        if (tried.has(key) || work > WORK_BUDGET) continue;
        tried.add(key);
        const boxes: Boxes = new Map([...from.boxes].map(([node, box]) => [node, { ...box }]));
        push(boxes, tree, id, dx);
        out.push(evaluate(boxes));
      }
    }
    return out.sort((x, y) => x.cost - y.cost);
  };

  let current = evaluate(initial);
  for (let step = 0; step < 4 * bodies.length && current.blocked.length > 0; step++) {
    let best = nudges(current, false)[0];
    if (!best || best.cost >= current.cost) {
      const singles = nudges(current, true);
      best = singles[0];
      if (!best || best.cost >= current.cost) {
        for (const first of singles.slice(0, PAIRED_NUDGES)) {
          const second = nudges(first, true)[0];
          if (second && (!best || second.cost < best.cost)) best = second;
        }
      }
    }
    if (!best || best.cost >= current.cost) break;
    current = best;
  }
  const { boxes } = current;
  const dx = startLeft - extent(boxes, tops)[0];
  if (dx !== 0) for (const id of tops) moveSubtree(boxes, tree, id, dx);
  return boxes;
}
