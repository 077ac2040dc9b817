import * as Y from 'yjs';
import { newId } from '../model/ids.ts';
import type { RelationshipKind } from '../model/relationshipKinds.ts';
import type { ElementStatus } from '../model/status.ts';
import { type ElementMap, mapDoc } from './layout.ts';

/** What it takes to connect two nodes. */
export interface NewEdge {
  kind: RelationshipKind;
  source: string;
  target: string;
  label?: string;
  id?: string;
  /** Its status from the start (an import's); default `proposed`. */
  status?: ElementStatus;
}

/** The outcome of a connection: the new edge's id, or why it was refused. */
export type ConnectResult = { ok: true; id: string } | { ok: false; reason: string };

/**
 * Connects two nodes with a relationship, `proposed` unless told otherwise, unless an end is
 * missing or the same.
 */
export function connect(doc: Y.Doc, origin: unknown, edge: NewEdge): ConnectResult {
  const { nodes, edges } = mapDoc(doc);
  if (edge.source === edge.target) {
    return { ok: false, reason: 'A body cannot have a relationship with itself.' };
  }
  if (!nodes.has(edge.source) || !nodes.has(edge.target)) {
    return { ok: false, reason: 'Both ends of a relationship must be on the map.' };
  }
  const id = edge.id ?? newId();
  doc.transact(() => {
    const element: ElementMap = new Y.Map();
    element.set('kind', edge.kind);
    element.set('source', edge.source);
    element.set('target', edge.target);
    if (edge.label) element.set('label', edge.label);
    element.set('status', edge.status ?? 'proposed');
    element.set('attrs', new Y.Map());
    edges.set(id, element);
  }, origin);
  return { ok: true, id };
}
