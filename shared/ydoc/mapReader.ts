import type * as Y from 'yjs';
import { type ElementMap, mapDoc } from './layout.ts';
import type { NoteRecord } from './noteRecord.ts';
import { ReadCollection, type ReadEntry } from './readCollection.ts';
import {
  checkAttrs,
  type InvalidElement,
  isInvalid,
  isNoteElement,
  type MapSnapshot,
  missingEnd,
  readEdge,
  readNode,
  readNote,
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
 * touched, so one rename on a 5,000-body map validates one record rather than all of them,
 * and no list is walked unless an element leaves it (readCollection.ts). Unchanged records
 * keep their identity across snapshots, and a list nothing touched keeps its array, so
 * consumers can compare by reference. Gives the same snapshot as `readMap` (an element
 * re-added after removal may move to the end of its list).
 */
export class MapReader {
  private readonly nodes = new ReadCollection<NodeRecord>(({ read, fieldProblems }) =>
    isInvalid(read) ? { invalid: read } : { record: read, problems: fieldProblems },
  );
  private readonly edges = new ReadCollection<EdgeRecord>(({ read, fieldProblems }) => {
    if (isInvalid(read)) return { invalid: read };
    if (!this.nodes.record(read.source) || !this.nodes.record(read.target)) {
      return { invalid: missingEnd(read) };
    }
    return { record: read, problems: fieldProblems };
  });
  /** Sticky notes and free text: among the doc's nodes, never among the snapshot's. */
  private readonly notes = new ReadCollection<NoteRecord>(({ read }) =>
    isInvalid(read) ? { invalid: read } : { record: read },
  );
  /** Edge ids by the node ids they name, to re-check edges whose end appears or goes. */
  private readonly edgesByEnd = new Map<string, Set<string>>();
  private current: MapSnapshot;
  private lastChanged: TouchedElements = NOTHING_TOUCHED;

  constructor(private readonly doc: Y.Doc) {
    const { nodes, edges } = mapDoc(doc);
    for (const [id, element] of nodes) {
      if (isNoteElement(element)) this.notes.set(id, { read: readNote(id, element) });
      else this.nodes.set(id, readNodeElement(id, element));
    }
    this.nodes.refresh(nodes.keys());
    this.notes.refresh(nodes.keys());
    for (const [id, element] of edges) this.setEdge(id, readEdgeElement(id, element));
    this.edges.refresh(edges.keys());
    this.current = {
      ...readHeader(doc),
      nodes: this.nodes.list,
      edges: this.edges.list,
      notes: this.notes.list,
      invalid: this.invalidList(),
      fieldProblems: [...this.nodes.problems, ...this.edges.problems],
    };
  }

  // Invalid notes are reported with the nodes, whose collection they share, after them.
  private invalidList(): InvalidElement[] {
    return [...this.nodes.invalid, ...this.notes.invalid, ...this.edges.invalid];
  }

  /** The map as it stands. */
  get snapshot(): MapSnapshot {
    return this.current;
  }

  /** The ids whose drawn record the last update changed (added, replaced or gone). */
  get changed(): TouchedElements {
    return this.lastChanged;
  }

  /** The drawn node with this id, if there is one. */
  node(id: string): NodeRecord | undefined {
    return this.nodes.record(id);
  }

  /** The drawn edge with this id, if there is one. */
  edge(id: string): EdgeRecord | undefined {
    return this.edges.record(id);
  }

  /** Re-reads the touched elements and returns the new snapshot. */
  update(touched: TouchedElements): MapSnapshot {
    const { nodes, edges } = mapDoc(this.doc);
    const drawnBefore = new Set<string>();
    for (const id of touched.nodes) {
      if (this.nodes.record(id)) drawnBefore.add(id);
      const element = nodes.get(id);
      const isNote = isNoteElement(element);
      this.notes.set(id, isNote ? { read: readNote(id, element) } : undefined);
      this.nodes.set(id, isNote ? undefined : readOf(readNodeElement, id, nodes));
    }
    const nodeChange = this.nodes.refresh(touched.nodes);
    const noteChange = this.notes.refresh(touched.nodes);
    const edgeIds = new Set(touched.edges);
    // Relationships are re-checked too when one of their ends appears, goes or stops parsing.
    for (const id of nodeChange.changed) {
      if (drawnBefore.has(id) === (this.nodes.record(id) !== undefined)) continue;
      for (const edgeId of this.edgesByEnd.get(id) ?? []) edgeIds.add(edgeId);
    }
    for (const id of touched.edges) {
      this.unindexEdge(id);
      this.setEdge(id, readOf(readEdgeElement, id, edges));
    }
    const edgeChange = this.edges.refresh(edgeIds);
    this.lastChanged = {
      nodes: new Set(nodeChange.changed),
      edges: new Set(edgeChange.changed),
      meta: touched.meta,
    };
    const nodesChanged = nodeChange.changed.length > 0;
    const edgesChanged = edgeChange.changed.length > 0;
    const notesChanged = noteChange.changed.length > 0;
    const invalidChanged = nodeChange.invalid || noteChange.invalid || edgeChange.invalid;
    const problemsChanged = nodeChange.problems || edgeChange.problems;
    const unchanged = !nodesChanged && !edgesChanged && !notesChanged && !invalidChanged;
    if (unchanged && !problemsChanged && !touched.meta) return this.current;
    const previous = this.current;
    this.current = {
      ...(touched.meta ? readHeader(this.doc) : headerOf(previous)),
      nodes: this.nodes.list,
      edges: this.edges.list,
      notes: this.notes.list,
      invalid: invalidChanged ? this.invalidList() : previous.invalid,
      fieldProblems: problemsChanged
        ? [...this.nodes.problems, ...this.edges.problems]
        : previous.fieldProblems,
    };
    return this.current;
  }

  private setEdge(id: string, element: Omit<ReadEntry<EdgeRecord>, 'order'> | undefined): void {
    this.edges.set(id, element);
    if (!element || isInvalid(element.read)) return;
    for (const end of [element.read.source, element.read.target]) {
      const ids = this.edgesByEnd.get(end) ?? new Set<string>();
      ids.add(id);
      this.edgesByEnd.set(end, ids);
    }
  }

  private unindexEdge(id: string): void {
    const old = this.edges.entry(id)?.read;
    if (!old || isInvalid(old)) return;
    for (const end of [old.source, old.target]) {
      const ids = this.edgesByEnd.get(end);
      ids?.delete(id);
      if (ids?.size === 0) this.edgesByEnd.delete(end);
    }
  }
}

type Read<R> = Omit<ReadEntry<R>, 'order'>;

function readOf<R>(
  read: (id: string, element: unknown) => Read<R>,
  id: string,
  elements: Y.Map<ElementMap>,
): Read<R> | undefined {
  const element = elements.get(id);
  return element === undefined ? undefined : read(id, element);
}

function readNodeElement(id: string, element: unknown): Read<NodeRecord> {
  const read = readNode(id, element);
  if (isInvalid(read)) return { read };
  const fieldProblems = checkAttrs('nodes', read);
  return fieldProblems ? { read, fieldProblems } : { read };
}

function readEdgeElement(id: string, element: unknown): Read<EdgeRecord> {
  const read = readEdge(id, element);
  if (isInvalid(read)) return { read };
  const fieldProblems = checkAttrs('edges', read);
  return fieldProblems ? { read, fieldProblems } : { read };
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
