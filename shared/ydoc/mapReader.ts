import type * as Y from 'yjs';
import { type ElementMap, mapDoc } from './layout.ts';
import {
  checkAttrs,
  type InvalidElement,
  isInvalid,
  type MapSnapshot,
  readEdge,
  readNode,
  readTitle,
} from './readMap.ts';
import type { EdgeRecord, NodeRecord } from './schema.ts';

/** The elements one transaction (or a batch of them) changed, by id. */
export interface TouchedElements {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** The title or description changed. */
  meta: boolean;
}

/** Nothing touched: what a reader starts from. */
export const NOTHING_TOUCHED: TouchedElements = { nodes: new Set(), edges: new Set(), meta: false };

/** A node or edge as last read: its record (attributes that do not fit removed) or why not. */
interface ReadElement<R> {
  read: R | InvalidElement;
  fieldProblems?: InvalidElement;
}

/**
 * The ids an `observeDeep` batch touched: a key of the top-level map added, replaced or
 * removed, or anything inside one element (its fields, its attributes).
 */
export function touchedIds(events: readonly Y.YEvent<Y.AbstractType<unknown>>[]): Set<string> {
  const ids = new Set<string>();
  for (const event of events) {
    const [first] = event.path;
    if (typeof first === 'string') ids.add(first);
    else for (const key of event.changes.keys.keys()) ids.add(key);
  }
  return ids;
}

/**
 * Reads a map's doc incrementally: the whole doc once, then only the elements a change
 * touched, so one rename on a 5,000-body map validates one record rather than all of them.
 * Unchanged records keep their identity across snapshots, and a collection nothing touched
 * keeps its array, so consumers can compare by reference. Gives the same snapshot as
 * `readMap` (an element re-added after removal may move to the end of its list).
 */
export class MapReader {
  private readonly nodes = new Map<string, ReadElement<NodeRecord>>();
  private readonly edges = new Map<string, ReadElement<EdgeRecord>>();
  /** Edge ids by the node ids they name, to re-check edges whose end appears or goes. */
  private readonly edgesByEnd = new Map<string, Set<string>>();
  private current: MapSnapshot;

  constructor(private readonly doc: Y.Doc) {
    const { nodes, edges } = mapDoc(doc);
    for (const [id, element] of nodes) this.nodes.set(id, readNodeElement(id, element));
    for (const [id, element] of edges) this.setEdge(id, readEdgeElement(id, element));
    this.current = this.build(true, true, true);
  }

  /** The map as it stands. */
  get snapshot(): MapSnapshot {
    return this.current;
  }

  /** Re-reads the touched elements and returns the new snapshot. */
  update(touched: TouchedElements): MapSnapshot {
    const { nodes, edges } = mapDoc(this.doc);
    // Relationships are re-checked only when one of their ends appears, goes or stops parsing.
    let endsChanged = false;
    for (const id of touched.nodes) {
      const wasValid = this.hasValidNode(id);
      const element = nodes.get(id);
      if (element === undefined) this.nodes.delete(id);
      else this.nodes.set(id, readNodeElement(id, element));
      if (wasValid !== this.hasValidNode(id) && this.edgesByEnd.has(id)) endsChanged = true;
    }
    for (const id of touched.edges) {
      const element = edges.get(id);
      this.unindexEdge(id);
      if (element === undefined) this.edges.delete(id);
      else this.setEdge(id, readEdgeElement(id, element));
    }
    const nodesChanged = touched.nodes.size > 0;
    const edgesChanged = touched.edges.size > 0 || endsChanged;
    if (!nodesChanged && !edgesChanged && !touched.meta) return this.current;
    this.current = this.build(touched.meta, nodesChanged, edgesChanged);
    return this.current;
  }

  private setEdge(id: string, element: ReadElement<EdgeRecord>): void {
    this.edges.set(id, element);
    if (isInvalid(element.read)) return;
    for (const end of [element.read.source, element.read.target]) {
      const ids = this.edgesByEnd.get(end) ?? new Set<string>();
      ids.add(id);
      this.edgesByEnd.set(end, ids);
    }
  }

  private unindexEdge(id: string): void {
    const old = this.edges.get(id)?.read;
    if (!old || isInvalid(old)) return;
    for (const end of [old.source, old.target]) {
      const ids = this.edgesByEnd.get(end);
      ids?.delete(id);
      if (ids?.size === 0) this.edgesByEnd.delete(end);
    }
  }

  private build(meta: boolean, nodesChanged: boolean, edgesChanged: boolean): MapSnapshot {
    const previous = this.current as MapSnapshot | undefined;
    const header = meta || !previous ? readHeader(this.doc) : headerOf(previous);
    const nodeRecords: NodeRecord[] = [];
    const invalidNodes: InvalidElement[] = [];
    const nodeProblems: InvalidElement[] = [];
    if (nodesChanged || !previous) {
      for (const { read, fieldProblems } of this.nodes.values()) {
        if (isInvalid(read)) invalidNodes.push(read);
        else nodeRecords.push(read);
        if (fieldProblems) nodeProblems.push(fieldProblems);
      }
    }
    const edgeRecords: EdgeRecord[] = [];
    const invalidEdges: InvalidElement[] = [];
    const edgeProblems: InvalidElement[] = [];
    if (edgesChanged || !previous) {
      for (const [id, { read, fieldProblems }] of this.edges) {
        if (isInvalid(read)) invalidEdges.push(read);
        else if (!this.hasValidNode(read.source) || !this.hasValidNode(read.target)) {
          invalidEdges.push(missingEnd(id));
        } else {
          edgeRecords.push(read);
          if (fieldProblems) edgeProblems.push(fieldProblems);
        }
      }
    }
    if (!previous || (nodesChanged && edgesChanged)) {
      return {
        ...header,
        nodes: nodeRecords,
        edges: edgeRecords,
        invalid: [...invalidNodes, ...invalidEdges],
        fieldProblems: [...nodeProblems, ...edgeProblems],
      };
    }
    // Only one collection (or the header) changed: the other keeps its arrays.
    const split = this.splitPrevious(previous);
    return {
      ...header,
      nodes: nodesChanged ? nodeRecords : previous.nodes,
      edges: edgesChanged ? edgeRecords : previous.edges,
      invalid: nodesChanged
        ? [...invalidNodes, ...split.invalidEdges]
        : edgesChanged
          ? [...split.invalidNodes, ...invalidEdges]
          : previous.invalid,
      fieldProblems: nodesChanged
        ? [...nodeProblems, ...split.edgeProblems]
        : edgesChanged
          ? [...split.nodeProblems, ...edgeProblems]
          : previous.fieldProblems,
    };
  }

  private splitPrevious(previous: MapSnapshot) {
    const byCollection = (list: InvalidElement[], collection: 'nodes' | 'edges') =>
      list.filter((element) => element.collection === collection);
    return {
      invalidNodes: byCollection(previous.invalid, 'nodes'),
      invalidEdges: byCollection(previous.invalid, 'edges'),
      nodeProblems: byCollection(previous.fieldProblems, 'nodes'),
      edgeProblems: byCollection(previous.fieldProblems, 'edges'),
    };
  }

  private hasValidNode(id: string): boolean {
    const node = this.nodes.get(id);
    return node !== undefined && !isInvalid(node.read);
  }
}

function readNodeElement(id: string, element: ElementMap | unknown): ReadElement<NodeRecord> {
  const read = readNode(id, element);
  if (isInvalid(read)) return { read };
  return { read, fieldProblems: checkAttrs('nodes', read) };
}

function readEdgeElement(id: string, element: ElementMap | unknown): ReadElement<EdgeRecord> {
  const read = readEdge(id, element);
  if (isInvalid(read)) return { read };
  return { read, fieldProblems: checkAttrs('edges', read) };
}

function missingEnd(id: string): InvalidElement {
  return {
    id,
    collection: 'edges',
    problems: [{ path: '$.source', message: 'one end of this relationship is missing' }],
  };
}

function readHeader(doc: Y.Doc): Pick<MapSnapshot, 'title' | 'description'> {
  const { meta } = mapDoc(doc);
  const description = meta.get('description');
  return {
    title: readTitle(meta),
    ...(typeof description === 'string' && description.trim() ? { description } : {}),
  };
}

function headerOf(snapshot: MapSnapshot): Pick<MapSnapshot, 'title' | 'description'> {
  return {
    title: snapshot.title,
    ...(snapshot.description !== undefined ? { description: snapshot.description } : {}),
  };
}

/**
 * Watches a map's doc and calls `listener` after each transaction with the new snapshot and
 * what it touched. Returns the teardown.
 */
export function observeMap(
  doc: Y.Doc,
  listener: (snapshot: MapSnapshot, touched: TouchedElements) => void,
): { reader: MapReader; destroy: () => void } {
  const reader = new MapReader(doc);
  const { meta, nodes, edges } = mapDoc(doc);
  // One transaction fires each observer once; gather them and update after the last.
  let pending: { nodes: Set<string>; edges: Set<string>; meta: boolean } | null = null;
  const flush = () => {
    if (!pending) return;
    const touched = pending;
    pending = null;
    listener(reader.update(touched), touched);
  };
  const gather = (transaction: Y.Transaction) => {
    if (pending) return pending;
    pending = { nodes: new Set(), edges: new Set(), meta: false };
    // afterTransaction fires after every observer of the transaction has run.
    transaction.doc.once('afterTransaction', flush);
    return pending;
  };
  const onMeta = (_events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => {
    gather(tr).meta = true;
  };
  const onNodes = (events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => {
    for (const id of touchedIds(events)) gather(tr).nodes.add(id);
  };
  const onEdges = (events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => {
    for (const id of touchedIds(events)) gather(tr).edges.add(id);
  };
  meta.observeDeep(onMeta);
  nodes.observeDeep(onNodes);
  edges.observeDeep(onEdges);
  return {
    reader,
    destroy: () => {
      meta.unobserveDeep(onMeta);
      nodes.unobserveDeep(onNodes);
      edges.unobserveDeep(onEdges);
    },
  };
}
