import type { ELK, ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api.js';
import { footprintTitleSpace } from './footprintTitle.ts';
import { clearStraightLines, type PlacedNode } from './straightLines.ts';

/** A node as the layout sees it: its place in the footprint tree and its drawn size. */
export interface LayoutNode {
  id: string;
  parentId?: string;
  kind: string;
  width: number;
  height: number;
  /** Where it is now (relative to its parent); only the scoped footprint's is used, to keep it put. */
  position?: { x: number; y: number };
}

/** A relationship the layout should respect: the source goes above the target. */
export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
}

/** Where a node goes: relative to its parent, as React Flow and the doc store it. */
export interface LayoutPlacement {
  id: string;
  position: { x: number; y: number };
  /** Set for footprints: a size that encloses everything inside them. */
  size?: { w: number; h: number };
}

/** Space between a footprint's border and what it holds. */
export const FOOTPRINT_INSET = 24;
/** The smallest a laid-out footprint gets, so a short one still shows its title. */
export const FOOTPRINT_MIN_SIZE = { w: 260, h: 150 };

/**
 * Above this many nodes, the map is packed rather than layered: ELK's layered layout over
 * the whole footprint tree takes minutes on a whole system and lays a footprint whose bodies
 * all answer to one outside it as a single row (a 267,000 px strip on 1,000 bodies). Packing
 * each footprint's contents into a box near the screen's shape is fast and keeps the whole
 * map readable at fit-to-view; the layered layout stays for maps of a workshop's size.
 */
export const PACKED_LAYOUT_THRESHOLD = 150;
/** The shape packed footprints and the whole map aim at: a wide screen's. */
export const PACKED_ASPECT_RATIO = 1.6;

/** How far a relationship's straight line should pass from a body it does not join. */
const LINE_CLEARANCE = 24;

const ROOT_ID = '__accord-layout-root__';

/** An ELK node while the graph is built: every node can take children and edges. */
type GraphNode = ElkNode & { children: ElkNode[]; edges: ElkExtendedEdge[] };

let elk: Promise<ELK> | null = null;

/**
 * ELK is loaded on first use: it is about 1.5 MB, and most people open a map without ever
 * laying it out. The bundled build runs in-thread, in the browser and in Node (the server's
 * spec import, tests) alike.
 */
function loadElk(): Promise<ELK> {
  elk ??= import('elkjs/lib/elk.bundled.js').then(
    ({ default: ElkConstructor }) => new ElkConstructor(),
  );
  return elk;
}

// Options are set on every container: ELK reads spacing and padding per graph, not inherited.
const CONTAINER_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.spacing.nodeNode': '60',
  // Room between layers for relationship labels to sit clear of the bodies.
  'elk.layered.spacing.nodeNodeBetweenLayers': '110',
  'elk.spacing.componentComponent': '60',
  // Brandes–Köpf keeps each long relationship's run straight, and balanced alignment centres
  // a body between what it links to: the straight lines the canvas draws then stay near the
  // routes ELK keeps clear, so fewer bodies are in their way (see straightLines.ts).
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
};
/** ELK's padding for a footprint whose title bar reaches `titleSpace` below its top. */
function footprintPadding(titleSpace: number): string {
  return `[top=${titleSpace + FOOTPRINT_INSET},left=${FOOTPRINT_INSET},bottom=${FOOTPRINT_INSET},right=${FOOTPRINT_INSET}]`;
}
const FOOTPRINT_OPTIONS: LayoutOptions = {
  ...CONTAINER_OPTIONS,
  'elk.nodeSize.constraints': '[MINIMUM_SIZE]',
  // Given height first: elkjs 0.12.1 transposes a compound node's minimum size when laying
  // out DOWN with INCLUDE_CHILDREN (the footprint-size test catches it if that is fixed).
  'elk.nodeSize.minimum': `(${FOOTPRINT_MIN_SIZE.h}, ${FOOTPRINT_MIN_SIZE.w})`,
};
const PACKED_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'rectpacking',
  'elk.aspectRatio': String(PACKED_ASPECT_RATIO),
  'elk.spacing.nodeNode': '40',
  'elk.hierarchyHandling': 'SEPARATE_CHILDREN',
};
const PACKED_FOOTPRINT_OPTIONS: LayoutOptions = {
  ...PACKED_OPTIONS,
  'elk.nodeSize.constraints': '[MINIMUM_SIZE]',
  'elk.nodeSize.minimum': `(${FOOTPRINT_MIN_SIZE.w}, ${FOOTPRINT_MIN_SIZE.h})`,
};
const PACKED_ROOT_OPTIONS: LayoutOptions = {
  ...PACKED_OPTIONS,
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
};
const ROOT_OPTIONS: LayoutOptions = {
  ...CONTAINER_OPTIONS,
  // One layout over the whole tree, so relationships across footprints shape it.
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
};
// A scoped run's root is the footprint itself, with its padding. Its minimum size is applied
// afterwards: elkjs 0.12.1 makes a DOWN root with a minimum square (the larger side both ways).
const SCOPED_ROOT_OPTIONS: LayoutOptions = {
  ...CONTAINER_OPTIONS,
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
};

/** Each node's parent within the input, or null for a top-level node (missing parent, cycle). */
function resolveParents(nodes: ReadonlyArray<LayoutNode>): Map<string, string | null> {
  const declared = new Map(nodes.map((node) => [node.id, node.parentId]));
  const parents = new Map<string, string | null>();
  for (const node of nodes) {
    let parent = node.parentId !== undefined && declared.has(node.parentId) ? node.parentId : null;
    // A parent chain that loops back has no root: treat the node as top-level rather than hang.
    const seen = new Set([node.id]);
    for (let at = parent; at !== null && at !== undefined; at = declared.get(at) ?? null) {
      if (seen.has(at)) {
        parent = null;
        break;
      }
      seen.add(at);
      if (!declared.has(at)) break;
    }
    parents.set(node.id, parent);
  }
  return parents;
}

/** The chain from a node up to the top: [node, parent, grandparent, …]. */
function ancestry(id: string, parents: ReadonlyMap<string, string | null>): string[] {
  const chain = [id];
  for (let at = parents.get(id); at; at = parents.get(at)) chain.push(at);
  return chain;
}

/** Ids of the scope's descendants (the scope itself excluded). */
function descendantsOf(scope: string, parents: ReadonlyMap<string, string | null>): Set<string> {
  const inside = new Set<string>();
  for (const id of parents.keys()) {
    if (id !== scope && ancestry(id, parents).includes(scope)) inside.add(id);
  }
  return inside;
}

/**
 * How many times ELK is run at most. A footprint's far-view title grows with its width
 * (footprintTitle.ts), which is known only once it is laid out: each run keeps room above each
 * footprint's children for its title at the width the run before gave it, until no footprint
 * needs more. The templates, the West Yorkshire fixture and generated systems of 450 and 2,000
 * bodies settle in two or three runs; should a map not, the last run's layout stands.
 */
const MOST_RUNS = 6;

/** What one run of ELK lays out: the nodes in scope and how they nest. */
interface RunInput {
  input: { nodes: ReadonlyArray<LayoutNode>; edges: ReadonlyArray<LayoutEdge> };
  parents: ReadonlyMap<string, string | null>;
  scopeNode: LayoutNode | undefined;
  rootId: string;
  included: ReadonlySet<string>;
  /** Footprints (and the root) that hold something: ELK sizes them. */
  holders: ReadonlySet<string>;
  packed: boolean;
}

/**
 * Lays the map out top to bottom with ELK's layered algorithm, keeping footprints as
 * containers sized to what they hold, with room above what they hold for their title as the
 * far view draws it, then nudges bodies aside where the straight line the canvas draws for a
 * relationship would run through another body. With `scope` (a footprint's id) only what is
 * inside that footprint moves, and the footprint is resized in place; nothing else is returned.
 */
export async function layoutMap(
  input: {
    nodes: ReadonlyArray<LayoutNode>;
    edges: ReadonlyArray<LayoutEdge>;
    scope?: string;
  },
  /** The ELK to run (the browser passes one in a Web Worker); else the bundled one, in-thread. */
  engine?: ELK,
): Promise<LayoutPlacement[]> {
  const parents = resolveParents(input.nodes);
  const scopeNode = input.scope ? input.nodes.find((node) => node.id === input.scope) : undefined;
  if (input.scope && !scopeNode) return [];
  const rootId = scopeNode?.id ?? ROOT_ID;
  const included = scopeNode
    ? descendantsOf(scopeNode.id, parents)
    : new Set(input.nodes.map((node) => node.id));
  if (included.size === 0) return [];
  const packed = included.size > PACKED_LAYOUT_THRESHOLD;

  // Only footprints that hold something are sized by ELK; an empty one keeps its size.
  const holders = new Set<string>();
  for (const id of included) holders.add(parents.get(id) ?? rootId);
  const runInput: RunInput = { input, parents, scopeNode, rootId, included, holders, packed };

  const footprints = new Set(
    input.nodes.filter((node) => node.kind === 'footprint').map((node) => node.id),
  );
  // Nudging bodies off straight lines costs lines × bodies per try: too much on a packed map.
  const links = packed ? [] : input.edges.map((edge) => [edge.source, edge.target] as const);
  const elk = engine ?? (await loadElk());
  // A footprint's room only grows from run to run, and never past the largest title's: the
  // runs settle.
  const titleSpaces = new Map<string, number>();
  let placements: LayoutPlacement[] = [];
  for (let run = 0; run < MOST_RUNS; run++) {
    const laidOut = await elk.layout(elkGraph(runInput, titleSpaces));
    placements = collectPlacements(laidOut, footprints, scopeNode, links);
    let settled = true;
    for (const { id, size } of placements) {
      if (!size || !holders.has(id)) continue;
      const needed = footprintTitleSpace(size.w);
      if (needed <= titleSpaceOf(titleSpaces, id)) continue;
      titleSpaces.set(id, needed);
      settled = false;
    }
    if (settled) break;
  }
  return placements;
}

/** The room a footprint keeps for its title: what a run before found it needs, or the least. */
function titleSpaceOf(titleSpaces: ReadonlyMap<string, number>, id: string): number {
  return titleSpaces.get(id) ?? footprintTitleSpace(FOOTPRINT_MIN_SIZE.w);
}

/** The ELK graph of what is in scope, each footprint padded for its title. */
function elkGraph(run: RunInput, titleSpaces: ReadonlyMap<string, number>): GraphNode {
  const { input, parents, scopeNode, rootId, included, holders, packed } = run;
  const padding = (id: string) => ({
    'elk.padding': footprintPadding(titleSpaceOf(titleSpaces, id)),
  });
  const elkNodes = new Map<string, GraphNode>();
  const root: GraphNode = {
    id: rootId,
    layoutOptions: packed
      ? scopeNode
        ? { ...PACKED_OPTIONS, ...padding(rootId) }
        : PACKED_ROOT_OPTIONS
      : scopeNode
        ? { ...SCOPED_ROOT_OPTIONS, ...padding(rootId) }
        : ROOT_OPTIONS,
    children: [],
    edges: [],
  };
  elkNodes.set(rootId, root);
  for (const node of input.nodes) {
    if (!included.has(node.id)) continue;
    elkNodes.set(node.id, {
      id: node.id,
      width: node.width,
      height: node.height,
      layoutOptions: holders.has(node.id)
        ? { ...(packed ? PACKED_FOOTPRINT_OPTIONS : FOOTPRINT_OPTIONS), ...padding(node.id) }
        : undefined,
      children: [],
      edges: [],
    });
  }
  for (const node of input.nodes) {
    if (!included.has(node.id)) continue;
    const container = elkNodes.get(parents.get(node.id) ?? rootId) ?? root;
    const child = elkNodes.get(node.id);
    if (!child) continue;
    container.children.push(child);
  }

  // Packing places boxes, not relationships: no edges go in.
  for (const edge of packed ? [] : input.edges) {
    if (!included.has(edge.source) || !included.has(edge.target)) continue;
    if (edge.source === edge.target) continue;
    const container = commonContainer(edge, parents, rootId);
    // A relationship between a footprint and something inside it has no layered meaning.
    if (container === null) continue;
    const elkEdge: ElkExtendedEdge = {
      id: edge.id,
      sources: [edge.source],
      targets: [edge.target],
    };
    const holder = elkNodes.get(container) ?? root;
    holder.edges.push(elkEdge);
  }
  return root;
}

/**
 * The node whose graph should hold an edge: the lowest common ancestor of both ends' parents
 * (ELK's rule). Null when one end contains the other.
 */
function commonContainer(
  edge: LayoutEdge,
  parents: ReadonlyMap<string, string | null>,
  rootId: string,
): string | null {
  const up = ancestry(edge.source, parents);
  const down = ancestry(edge.target, parents);
  if (up.includes(edge.target) || down.includes(edge.source)) return null;
  const sourceAncestors = new Set(up.slice(1));
  for (const id of down.slice(1)) if (sourceAncestors.has(id)) return id;
  return rootId;
}

function collectPlacements(
  root: ElkNode,
  footprints: ReadonlySet<string>,
  scopeNode: LayoutNode | undefined,
  links: ReadonlyArray<readonly [string, string]>,
): LayoutPlacement[] {
  const placed: PlacedNode[] = [];
  const visit = (node: ElkNode, parent: string | null, x: number, y: number) => {
    for (const child of node.children ?? []) {
      const box = {
        x: x + (child.x ?? 0),
        y: y + (child.y ?? 0),
        w: child.width ?? 0,
        h: child.height ?? 0,
      };
      placed.push({ id: child.id, parent, box, container: footprints.has(child.id) });
      visit(child, child.id, box.x, box.y);
    }
  };
  visit(root, null, 0, 0);
  const boxes = clearStraightLines(placed, links, {
    inset: FOOTPRINT_INSET,
    clearance: LINE_CLEARANCE,
  });
  const out: LayoutPlacement[] = [];
  for (const { id, parent } of placed) {
    const box = boxes.get(id);
    if (!box) continue;
    const origin = (parent !== null && boxes.get(parent)) || { x: 0, y: 0 };
    const placement: LayoutPlacement = {
      id,
      position: { x: Math.round(box.x - origin.x), y: Math.round(box.y - origin.y) },
    };
    if (footprints.has(id)) placement.size = { w: Math.ceil(box.w), h: Math.ceil(box.h) };
    out.push(placement);
  }
  if (scopeNode) {
    const tops = placed.flatMap(({ id, parent }) => (parent === null ? (boxes.get(id) ?? []) : []));
    const right = Math.max(0, ...tops.map((box) => box.x + box.w)) + FOOTPRINT_INSET;
    const size = sizeOf(root);
    out.push({
      id: scopeNode.id,
      position: scopeNode.position ?? { x: 0, y: 0 },
      size: atLeast({ w: Math.max(size.w, Math.ceil(right)), h: size.h }, FOOTPRINT_MIN_SIZE),
    });
  }
  return out;
}

function sizeOf(node: ElkNode): { w: number; h: number } {
  return { w: Math.ceil(node.width ?? 0), h: Math.ceil(node.height ?? 0) };
}

function atLeast(size: { w: number; h: number }, min: { w: number; h: number }) {
  return { w: Math.max(size.w, min.w), h: Math.max(size.h, min.h) };
}
