import * as Y from 'yjs';
import { z } from 'zod';
import { NODE_KINDS } from '../model/bodyKinds.ts';
import { newId } from '../model/ids.ts';
import { RELATIONSHIP_KINDS } from '../model/relationshipKinds.ts';
import { type ElementMap, mapDoc } from './layout.ts';
import { isNoteKind, NOTE_COLORS, NOTE_KINDS } from './noteRecord.ts';
import type { MapSnapshot } from './readMap.ts';
import { positionSchema, sizeSchema } from './schema.ts';

/** What marks text on the clipboard as elements copied from an Accord map. */
export const CLIPBOARD_MARK = 'accord/elements';

// What is pasted is read as untrusted: it may come from another map, another version of
// Accord, or be typed by hand.
const copiedNodeSchema = z.object({
  key: z.string().min(1).max(64),
  kind: z.enum([...NODE_KINDS, ...NOTE_KINDS]),
  label: z.string().max(500),
  /** A sticky note's colour. */
  color: z.enum(NOTE_COLORS).optional().catch(undefined),
  /** Relative to the copied parent when there is one, else to the copy's top-left. */
  position: positionSchema,
  size: sizeSchema.optional(),
  parent: z.string().min(1).max(64).optional(),
  attrs: z.record(z.string(), z.unknown()).default({}),
});

const copiedEdgeSchema = z.object({
  kind: z.enum(RELATIONSHIP_KINDS),
  source: z.string().min(1).max(64),
  target: z.string().min(1).max(64),
  label: z.string().max(500).optional(),
  attrs: z.record(z.string(), z.unknown()).default({}),
});

/** Copied elements as they travel on the clipboard. */
export const copiedElementsSchema = z.object({
  mark: z.literal(CLIPBOARD_MARK),
  nodes: z.array(copiedNodeSchema).max(5_000),
  edges: z.array(copiedEdgeSchema).max(20_000),
});

/** Copied elements: nodes with keys (not ids, which a paste makes anew) and edges between them. */
export type CopiedElements = z.infer<typeof copiedElementsSchema>;

/**
 * Copies the chosen nodes, everything inside chosen footprints, and the relationships
 * between copied nodes. Statuses, votes and comments stay behind: a paste is a proposal.
 * Positions are kept relative, so a paste can land anywhere.
 */
export function copyElements(snapshot: MapSnapshot, ids: readonly string[]): CopiedElements {
  // Sticky notes and free text travel with bodies: they have no status or fields.
  const placed = [
    ...snapshot.nodes,
    ...(snapshot.notes ?? []).map((note) => ({ ...note, attrs: {} })),
  ];
  const byId = new Map(placed.map((node) => [node.id, node]));
  const chosen = new Set(ids.filter((id) => byId.has(id)));
  // Inside a copied footprint goes with it.
  for (let grew = true; grew; ) {
    grew = false;
    for (const node of placed) {
      if (!chosen.has(node.id) && node.parentId && chosen.has(node.parentId)) {
        chosen.add(node.id);
        grew = true;
      }
    }
  }
  const absolute = (id: string): { x: number; y: number } => {
    let x = 0;
    let y = 0;
    const seen = new Set<string>();
    for (
      let at = byId.get(id);
      at && !seen.has(at.id);
      at = at.parentId ? byId.get(at.parentId) : undefined
    ) {
      seen.add(at.id);
      x += at.position.x;
      y += at.position.y;
    }
    return { x, y };
  };
  const roots = [...chosen].filter((id) => {
    const parent = byId.get(id)?.parentId;
    return !parent || !chosen.has(parent);
  });
  const origin = {
    x: Math.min(...roots.map((id) => absolute(id).x)),
    y: Math.min(...roots.map((id) => absolute(id).y)),
  };
  const nodes = placed
    .filter((node) => chosen.has(node.id))
    .map((node) => {
      const insideCopy = node.parentId !== undefined && chosen.has(node.parentId);
      const at = insideCopy ? node.position : absolute(node.id);
      return {
        key: node.id,
        kind: node.kind,
        label: node.label,
        position: insideCopy ? at : { x: at.x - origin.x, y: at.y - origin.y },
        ...(node.size ? { size: node.size } : {}),
        ...(insideCopy && node.parentId ? { parent: node.parentId } : {}),
        ...('color' in node ? { color: node.color } : {}),
        attrs: node.attrs,
      };
    });
  const edges = snapshot.edges
    .filter((edge) => chosen.has(edge.source) && chosen.has(edge.target))
    .map((edge) => ({
      kind: edge.kind,
      source: edge.source,
      target: edge.target,
      ...(edge.label ? { label: edge.label } : {}),
      attrs: edge.attrs,
    }));
  return { mark: CLIPBOARD_MARK, nodes, edges };
}

/** Reads clipboard text as copied elements, or null when it is anything else. */
export function parseCopiedElements(text: string): CopiedElements | null {
  if (!text.includes(CLIPBOARD_MARK)) return null;
  try {
    const parsed = copiedElementsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Pastes copied elements with their top-left at `at`, in one transaction (one undo step),
 * each with a new id and `proposed`. A node whose parent was not copied lands on the canvas;
 * a relationship whose ends did not both arrive is left out. Returns the new nodes' ids.
 */
export function pasteElements(
  doc: Y.Doc,
  origin: unknown,
  copied: CopiedElements,
  at: { x: number; y: number },
): string[] {
  const { nodes, edges } = mapDoc(doc);
  const idOf = new Map(copied.nodes.map((node) => [node.key, newId()]));
  const pasted: string[] = [];
  doc.transact(() => {
    for (const node of copied.nodes) {
      const id = idOf.get(node.key);
      if (!id) continue;
      const parentId = node.parent ? idOf.get(node.parent) : undefined;
      const element: ElementMap = new Y.Map();
      element.set('kind', node.kind);
      element.set('label', node.label);
      element.set(
        'position',
        parentId ? node.position : { x: at.x + node.position.x, y: at.y + node.position.y },
      );
      if (node.size) element.set('size', { w: node.size.w, h: node.size.h });
      if (parentId) element.set('parentId', parentId);
      if (isNoteKind(node.kind)) {
        if (node.kind === 'note') element.set('color', node.color ?? 'yellow');
      } else {
        element.set('status', 'proposed');
        const attrs = new Y.Map<unknown>();
        for (const [key, value] of Object.entries(node.attrs)) attrs.set(key, value);
        element.set('attrs', attrs);
      }
      nodes.set(id, element);
      pasted.push(id);
    }
    for (const edge of copied.edges) {
      const source = idOf.get(edge.source);
      const target = idOf.get(edge.target);
      if (!source || !target || source === target) continue;
      const element: ElementMap = new Y.Map();
      element.set('kind', edge.kind);
      element.set('source', source);
      element.set('target', target);
      if (edge.label) element.set('label', edge.label);
      element.set('status', 'proposed');
      const attrs = new Y.Map<unknown>();
      for (const [key, value] of Object.entries(edge.attrs)) attrs.set(key, value);
      element.set('attrs', attrs);
      edges.set(newId(), element);
    }
  }, origin);
  return pasted;
}
