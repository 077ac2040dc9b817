import * as Y from 'yjs';
import type { NodeKind } from '../model/bodyKinds.ts';
import { newId } from '../model/ids.ts';
import type { ElementStatus } from '../model/status.ts';
import { type ElementMap, mapDoc } from './layout.ts';
import type { Position } from './schema.ts';

/** What it takes to add a node. */
export interface NewNode {
  kind: NodeKind;
  label: string;
  position: Position;
  parentId?: string;
  size?: { w: number; h: number };
  id?: string;
  /** Initial attributes, e.g. a footprint's level; not checked here. */
  attrs?: Record<string, unknown>;
  /**
   * Its status from the start (an import's); default `proposed`. Written once, not
   * overwritten, so the doc keeps no replaced value of it.
   */
  status?: ElementStatus;
}

/** Adds a node, `proposed` unless told otherwise, and returns its id. */
export function addNode(doc: Y.Doc, origin: unknown, node: NewNode): string {
  const id = node.id ?? newId();
  doc.transact(() => {
    const element: ElementMap = new Y.Map();
    element.set('kind', node.kind);
    element.set('label', node.label);
    element.set('position', { x: node.position.x, y: node.position.y });
    if (node.size) element.set('size', { w: node.size.w, h: node.size.h });
    if (node.parentId) element.set('parentId', node.parentId);
    element.set('status', node.status ?? 'proposed');
    const attrs = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(node.attrs ?? {})) attrs.set(key, value);
    element.set('attrs', attrs);
    mapDoc(doc).nodes.set(id, element);
  }, origin);
  return id;
}

/** Where a node goes: its position (relative to its parent), and optionally size and parent. */
export interface Placement {
  id: string;
  position: Position;
  size?: { w: number; h: number };
  /** A footprint's id to move into, or null to move out onto the canvas; undefined keeps it. */
  parentId?: string | null;
}

function wouldNest(nodes: Y.Map<ElementMap>, id: string, parentId: string): boolean {
  for (let at: string | undefined = parentId; at; ) {
    if (at === id) return true;
    const parent = nodes.get(at);
    at = parent instanceof Y.Map ? (parent.get('parentId') as string | undefined) : undefined;
  }
  return false;
}

/**
 * Places nodes in one step: one drop, one resize or one auto-layout is one undo step for
 * the person who did it. A parent that is not a footprint, or that would put a footprint
 * inside itself, is ignored.
 */
export function placeNodes(doc: Y.Doc, origin: unknown, placements: readonly Placement[]): void {
  const { nodes } = mapDoc(doc);
  doc.transact(() => {
    for (const { id, position, size, parentId } of placements) {
      const element = nodes.get(id);
      if (!(element instanceof Y.Map)) continue;
      const old = element.get('position') as Position | undefined;
      if (!old || old.x !== position.x || old.y !== position.y) {
        element.set('position', { x: position.x, y: position.y });
      }
      if (size) {
        const oldSize = element.get('size') as { w: number; h: number } | undefined;
        if (!oldSize || oldSize.w !== size.w || oldSize.h !== size.h) {
          element.set('size', { w: size.w, h: size.h });
        }
      }
      if (parentId === null && element.has('parentId')) element.delete('parentId');
      if (typeof parentId === 'string' && element.get('parentId') !== parentId) {
        const parent = nodes.get(parentId);
        const isFootprint = parent instanceof Y.Map && parent.get('kind') === 'footprint';
        if (isFootprint && !wouldNest(nodes, id, parentId)) element.set('parentId', parentId);
      }
    }
  }, origin);
}

/** Moves nodes in one step (one drop of a multi-selection is one undo step). */
export function moveNodes(
  doc: Y.Doc,
  origin: unknown,
  moves: ReadonlyArray<{ id: string; position: Position }>,
): void {
  placeNodes(doc, origin, moves);
}

/** Where a node sits on the canvas: its position plus those of the footprints it is in. */
export function absolutePosition(nodes: Y.Map<ElementMap>, id: string): Position | null {
  let x = 0;
  let y = 0;
  const seen = new Set<string>();
  for (let at: string | undefined = id; at && !seen.has(at); ) {
    seen.add(at);
    const element = nodes.get(at);
    const position =
      element instanceof Y.Map ? (element.get('position') as Position | undefined) : undefined;
    if (!position) return at === id ? null : { x, y };
    x += position.x;
    y += position.y;
    at = (element as ElementMap).get('parentId') as string | undefined;
  }
  return { x, y };
}

/** How a keyboard move places each node: where it goes, and which footprint it is then in. */
export interface Nudge {
  /** Where a node whose top-left corner is at `from` goes (both in canvas coordinates). */
  to: (from: Position) => Position;
  /**
   * The footprint a node belongs to once at `topLeft` (null: on the canvas itself), so moving
   * into or out of a footprint takes the node in or out as a drop does. Without it, a node
   * keeps its footprint.
   */
  footprintAt?: (id: string, topLeft: Position) => string | null;
}

/**
 * Moves nodes from where the doc has them now, so key presses faster than the screen
 * redraws each move the node a full step. A node whose footprint moves too keeps its place
 * inside it, as in a drag. One call is one undo step.
 */
export function nudgeNodes(
  doc: Y.Doc,
  origin: unknown,
  ids: readonly string[],
  nudge: Nudge,
): void {
  const { nodes } = mapDoc(doc);
  const chosen = new Set(ids);
  const carried = (id: string) => {
    for (let at = nodes.get(id)?.get('parentId'); typeof at === 'string'; ) {
      if (chosen.has(at)) return true;
      at = nodes.get(at)?.get('parentId');
    }
    return false;
  };
  const placements: Placement[] = [];
  for (const id of chosen) {
    const from = absolutePosition(nodes, id);
    if (!from || carried(id)) continue;
    const to = nudge.to(from);
    const current = nodes.get(id)?.get('parentId') as string | undefined;
    const parentId = nudge.footprintAt ? nudge.footprintAt(id, to) : (current ?? null);
    const corner = parentId ? absolutePosition(nodes, parentId) : null;
    placements.push({
      id,
      position: { x: to.x - (corner?.x ?? 0), y: to.y - (corner?.y ?? 0) },
      parentId: corner ? parentId : null,
    });
  }
  placeNodes(doc, origin, placements);
}

/**
 * Adds a footprint around nodes already on the map, in one step: they become its children,
 * each at `absolute` (its place on the canvas) made relative to the new footprint.
 */
export function addFootprintAround(
  doc: Y.Doc,
  origin: unknown,
  footprint: NewNode,
  children: ReadonlyArray<{ id: string; absolute: Position }>,
): string {
  let id = '';
  doc.transact(() => {
    id = addNode(doc, origin, footprint);
    const parent = absolutePosition(mapDoc(doc).nodes, id) ?? footprint.position;
    placeNodes(
      doc,
      origin,
      children.map((child) => ({
        id: child.id,
        position: { x: child.absolute.x - parent.x, y: child.absolute.y - parent.y },
        parentId: id,
      })),
    );
  }, origin);
  return id;
}

/** Renames a node; a blank name is refused (returns false) so no body goes nameless. */
export function renameNode(doc: Y.Doc, origin: unknown, id: string, label: string): boolean {
  const trimmed = label.trim();
  const element = mapDoc(doc).nodes.get(id);
  if (trimmed === '' || !(element instanceof Y.Map)) return false;
  if (element.get('label') === trimmed) return true;
  doc.transact(() => element.set('label', trimmed), origin);
  return true;
}

/**
 * Deletes nodes and edges in one step. Deleting a node also deletes the nodes inside it
 * and every edge that touches a deleted node, so nothing is left dangling.
 */
export function deleteElements(
  doc: Y.Doc,
  origin: unknown,
  ids: { nodeIds?: readonly string[]; edgeIds?: readonly string[] },
): void {
  const { nodes, edges } = mapDoc(doc);
  const doomedNodes = new Set(ids.nodeIds ?? []);
  let grew = doomedNodes.size > 0;
  while (grew) {
    grew = false;
    for (const [id, element] of nodes) {
      const parentId = element instanceof Y.Map ? element.get('parentId') : undefined;
      if (!doomedNodes.has(id) && typeof parentId === 'string' && doomedNodes.has(parentId)) {
        doomedNodes.add(id);
        grew = true;
      }
    }
  }
  const doomedEdges = new Set(ids.edgeIds ?? []);
  for (const [id, element] of edges) {
    if (!(element instanceof Y.Map)) continue;
    if (doomedNodes.has(element.get('source') as string)) doomedEdges.add(id);
    if (doomedNodes.has(element.get('target') as string)) doomedEdges.add(id);
  }
  if (doomedNodes.size === 0 && doomedEdges.size === 0) return;
  doc.transact(() => {
    for (const id of doomedEdges) edges.delete(id);
    for (const id of doomedNodes) nodes.delete(id);
  }, origin);
}
