import type { InvalidElement, MapSnapshot } from '../../shared/ydoc/readMap.ts';
import type { EdgeRecord, NodeRecord } from '../../shared/ydoc/schema.ts';

/**
 * What changed in a map since the last snapshot sent to the findings worker: a few records
 * cross to the worker per edit, rather than a copy of the whole map.
 */
export interface SnapshotChanges {
  /** The worker forgets what it holds first: the first message, or after a failure. */
  reset: boolean;
  title: string;
  description?: string;
  /** Records added or changed since the last message. */
  nodes: NodeRecord[];
  edges: EdgeRecord[];
  /** Ids of records no longer on the map. */
  removedNodes: string[];
  removedEdges: string[];
  /** Short lists, sent whole. */
  invalid: InvalidElement[];
  fieldProblems: InvalidElement[];
}

/** Records by id as last sent, and the list they came from (unchanged when a list is too). */
class SentRecords<R extends { id: string }> {
  private readonly byId = new Map<string, R>();
  private list: readonly R[] = [];

  /** The records added or changed since the last call, and the ids gone. */
  changes(list: readonly R[]): { changed: R[]; removed: string[] } {
    if (list === this.list) return { changed: [], removed: [] };
    this.list = list;
    const changed: R[] = [];
    let kept = 0;
    for (const record of list) {
      const sent = this.byId.get(record.id);
      if (sent !== undefined) kept++;
      if (sent !== record) changed.push(record);
    }
    const removed: string[] = [];
    if (kept < this.byId.size) {
      const ids = new Set(list.map((record) => record.id));
      for (const id of this.byId.keys()) if (!ids.has(id)) removed.push(id);
    }
    for (const id of removed) this.byId.delete(id);
    for (const record of changed) this.byId.set(record.id, record);
    return { changed, removed };
  }
}

/**
 * The sending side: compares each snapshot with the one sent before by record identity
 * (a store's records keep theirs while unchanged), which costs a pass over pointers, not a
 * copy of every record.
 */
export class SnapshotSender {
  private nodes = new SentRecords<NodeRecord>();
  private edges = new SentRecords<EdgeRecord>();
  private fresh = true;

  /** The changes that bring the worker's copy to `snapshot`. */
  changes(snapshot: MapSnapshot): SnapshotChanges {
    const nodes = this.nodes.changes(snapshot.nodes);
    const edges = this.edges.changes(snapshot.edges);
    const reset = this.fresh;
    this.fresh = false;
    return {
      reset,
      title: snapshot.title,
      ...(snapshot.description !== undefined ? { description: snapshot.description } : {}),
      nodes: nodes.changed,
      edges: edges.changed,
      removedNodes: nodes.removed,
      removedEdges: edges.removed,
      invalid: snapshot.invalid,
      fieldProblems: snapshot.fieldProblems,
    };
  }

  /** Sends everything again next time (the worker lost its copy). */
  restart(): void {
    this.nodes = new SentRecords();
    this.edges = new SentRecords();
    this.fresh = true;
  }
}

/**
 * The worker's copy of the map, kept up to date by SnapshotChanges. Records nothing changed
 * keep their identity from one snapshot to the next, so work kept by record (SpecCache) is
 * reused.
 */
export class SnapshotMirror {
  private readonly nodes = new Map<string, NodeRecord>();
  private readonly edges = new Map<string, EdgeRecord>();

  /** Applies the changes and returns the map as it now stands. */
  apply(changes: SnapshotChanges): MapSnapshot {
    if (changes.reset) {
      this.nodes.clear();
      this.edges.clear();
    }
    for (const id of changes.removedNodes) this.nodes.delete(id);
    for (const id of changes.removedEdges) this.edges.delete(id);
    for (const node of changes.nodes) this.nodes.set(node.id, node);
    for (const edge of changes.edges) this.edges.set(edge.id, edge);
    return {
      title: changes.title,
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      nodes: [...this.nodes.values()],
      edges: [...this.edges.values()],
      invalid: changes.invalid,
      fieldProblems: changes.fieldProblems,
    };
  }
}
