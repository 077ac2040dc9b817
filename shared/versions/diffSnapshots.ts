import { nodeKindLabel } from '../model/bodyKinds.ts';
import {
  type FieldDef,
  FOOTPRINT_FIELDS,
  nodeFields,
  relationshipFields,
} from '../model/fields.ts';
import { RELATIONSHIP_KIND_LABEL } from '../model/relationshipKinds.ts';
import type { ElementStatus } from '../model/status.ts';
import { formatDate } from '../spec/review/formatDate.ts';
import type { MapSnapshot } from '../ydoc/readMap.ts';
import type { EdgeRecord, NodeRecord } from '../ydoc/schema.ts';
import { formatFieldValue } from './formatFieldValue.ts';
import { type LayoutChange, layoutChange } from './layoutChange.ts';
import { sameValue } from './sameValue.ts';

export type { LayoutChange } from './layoutChange.ts';

/** How an element differs between a saved version and now. */
export type ElementChangeKind = 'added' | 'removed' | 'changed';

/** One field that reads differently: its name in the inspector's words, before and after. */
export interface ValueChange {
  type: 'value';
  /** Stable: `label`, `kind`, `parent`, `source`, `target`, `status`, `agreedAt`, `tally`, `attrs.<key>`, `title`, `description`. */
  key: string;
  /** What people call the field ("Name", "Chair", "Amount (£)"). */
  label: string;
  /** As people read it; null when it was not set. */
  before: string | null;
  after: string | null;
}

/** One difference within a changed element. */
export type FieldChange = ValueChange | LayoutChange;

interface DiffBase {
  id: string;
  change: ElementChangeKind;
  /** A body's or footprint's name, or a relationship in words ("Trust — accountable to — ICB"). */
  name: string;
  /** "NHS trust", "Place footprint", "Relationship". */
  kindLabel: string;
  /** For a changed element, each difference in the inspector's order; empty otherwise. */
  fields: FieldChange[];
}

/** How one body or footprint differs; `before` is the saved record, `after` the current one. */
export interface NodeDiff extends DiffBase {
  collection: 'nodes';
  before?: NodeRecord;
  after?: NodeRecord;
}

/** How one relationship differs. */
export interface EdgeDiff extends DiffBase {
  collection: 'edges';
  before?: EdgeRecord;
  after?: EdgeRecord;
}

/** How one element differs between a saved version and now. */
export type ElementDiff = NodeDiff | EdgeDiff;

/** Everything that differs between two snapshots of one map. */
export interface SnapshotDiff {
  /** The map's own title and description. */
  map: ValueChange[];
  /** Added, then removed, then changed; bodies and footprints before relationships; by name. */
  elements: ElementDiff[];
  counts: Record<ElementChangeKind, number>;
}

const STATUS_LABEL: Record<ElementStatus, string> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  disputed: 'Disputed',
};

const LEVEL_FIELD = FOOTPRINT_FIELDS.find((field) => field.key === 'level');

const CHANGE_ORDER: Record<ElementChangeKind, number> = { added: 0, removed: 1, changed: 2 };

/**
 * Compares a saved version (`before`) with the map now (`after`): which elements were added,
 * removed or changed, and for each changed one every field that reads differently. Elements
 * that cannot be read on either side are left out rather than reported as added or removed.
 */
export function diffSnapshots(before: MapSnapshot, after: MapSnapshot): SnapshotDiff {
  const was = indexOf(before);
  const now = indexOf(after);
  const unreadable = new Set([...before.invalid, ...after.invalid].map((element) => element.id));
  const elements: ElementDiff[] = [];

  for (const node of after.nodes) {
    const old = was.nodes.get(node.id);
    if (!old) {
      if (!unreadable.has(node.id))
        elements.push(nodeEntry('added', node, now, [], { after: node }));
      continue;
    }
    const fields = nodeChanges(old, node, was, now);
    if (fields.length > 0) {
      elements.push(nodeEntry('changed', node, now, fields, { before: old, after: node }));
    }
  }
  for (const node of before.nodes) {
    if (now.nodes.has(node.id) || unreadable.has(node.id)) continue;
    elements.push(nodeEntry('removed', node, was, [], { before: node }));
  }
  for (const edge of after.edges) {
    const old = was.edges.get(edge.id);
    if (!old) {
      if (!unreadable.has(edge.id))
        elements.push(edgeEntry('added', edge, now, [], { after: edge }));
      continue;
    }
    const fields = edgeChanges(old, edge, was, now);
    if (fields.length > 0) {
      elements.push(edgeEntry('changed', edge, now, fields, { before: old, after: edge }));
    }
  }
  for (const edge of before.edges) {
    if (now.edges.has(edge.id) || unreadable.has(edge.id)) continue;
    elements.push(edgeEntry('removed', edge, was, [], { before: edge }));
  }

  elements.sort(
    (a, b) =>
      CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change] ||
      Number(a.collection === 'edges') - Number(b.collection === 'edges') ||
      a.name.localeCompare(b.name, 'en-GB') ||
      a.id.localeCompare(b.id),
  );
  const counts = { added: 0, removed: 0, changed: 0 };
  for (const element of elements) counts[element.change]++;
  const map: ValueChange[] = [];
  pushValue(map, 'title', 'Title', before.title, after.title);
  pushValue(
    map,
    'description',
    'Description',
    before.description ?? null,
    after.description ?? null,
  );
  return { map, elements, counts };
}

/** Each element's change by id: what the canvas highlights. */
export function changesById(diff: SnapshotDiff): Map<string, ElementChangeKind> {
  return new Map(diff.elements.map((element) => [element.id, element.change]));
}

interface Index {
  nodes: Map<string, NodeRecord>;
  edges: Map<string, EdgeRecord>;
}

function indexOf(snapshot: MapSnapshot): Index {
  return {
    nodes: new Map(snapshot.nodes.map((node) => [node.id, node])),
    edges: new Map(snapshot.edges.map((edge) => [edge.id, edge])),
  };
}

function nodeEntry(
  change: ElementChangeKind,
  record: NodeRecord,
  index: Index,
  fields: FieldChange[],
  records: { before?: NodeRecord; after?: NodeRecord },
): NodeDiff {
  return {
    id: record.id,
    collection: 'nodes',
    change,
    name: nodeName(index, record.id),
    kindLabel: nodeKindText(record),
    fields,
    ...records,
  };
}

function edgeEntry(
  change: ElementChangeKind,
  record: EdgeRecord,
  index: Index,
  fields: FieldChange[],
  records: { before?: EdgeRecord; after?: EdgeRecord },
): EdgeDiff {
  return {
    id: record.id,
    collection: 'edges',
    change,
    name: edgeName(index, record),
    kindLabel: 'Relationship',
    fields,
    ...records,
  };
}

/** A node's name in one snapshot, or null when it is not there. */
function nodeNameOrNull(index: Index, id: string | undefined): string | null {
  const node = id === undefined ? undefined : index.nodes.get(id);
  if (!node) return null;
  return node.label.trim() || `Unnamed ${nodeKindText(node).toLowerCase()}`;
}

function nodeName(index: Index, id: string): string {
  return nodeNameOrNull(index, id) ?? 'a missing body';
}

function nodeKindText(node: NodeRecord): string {
  if (node.kind !== 'footprint') return nodeKindLabel(node.kind);
  const level = formatFieldValue(LEVEL_FIELD, node.attrs.level);
  return level ? `${level} footprint` : 'Footprint';
}

function edgeName(index: Index, edge: EdgeRecord): string {
  const kind = RELATIONSHIP_KIND_LABEL[edge.kind];
  return `${nodeName(index, edge.source)} — ${kind} — ${nodeName(index, edge.target)}`;
}

function nodeChanges(old: NodeRecord, node: NodeRecord, was: Index, now: Index): FieldChange[] {
  const out: FieldChange[] = [];
  pushValue(out, 'label', 'Name', old.label, node.label);
  pushValue(out, 'kind', 'Kind', nodeKindLabel(old.kind), nodeKindLabel(node.kind));
  const oldParent = was.nodes.has(old.parentId ?? '') ? old.parentId : undefined;
  const newParent = now.nodes.has(node.parentId ?? '') ? node.parentId : undefined;
  if (oldParent !== newParent) {
    pushValue(
      out,
      'parent',
      'Footprint',
      nodeNameOrNull(was, oldParent),
      nodeNameOrNull(now, newParent),
    );
  }
  pushAgreement(out, old, node);
  pushAttrs(out, old, node, nodeFields(old.kind), nodeFields(node.kind));
  const layout = layoutChange(old, node, was.nodes, now.nodes, oldParent === newParent);
  if (layout) out.push(layout);
  return out;
}

function edgeChanges(old: EdgeRecord, edge: EdgeRecord, was: Index, now: Index): FieldChange[] {
  const out: FieldChange[] = [];
  pushValue(
    out,
    'kind',
    'Kind',
    RELATIONSHIP_KIND_LABEL[old.kind],
    RELATIONSHIP_KIND_LABEL[edge.kind],
  );
  if (old.source !== edge.source) {
    pushValue(
      out,
      'source',
      'From',
      nodeNameOrNull(was, old.source),
      nodeNameOrNull(now, edge.source),
    );
  }
  if (old.target !== edge.target) {
    pushValue(
      out,
      'target',
      'To',
      nodeNameOrNull(was, old.target),
      nodeNameOrNull(now, edge.target),
    );
  }
  pushValue(out, 'label', 'Label', old.label ?? null, edge.label ?? null);
  pushAgreement(out, old, edge);
  pushAttrs(out, old, edge, relationshipFields(old.kind), relationshipFields(edge.kind));
  return out;
}

function pushAgreement(
  out: FieldChange[],
  old: NodeRecord | EdgeRecord,
  now: NodeRecord | EdgeRecord,
) {
  pushValue(out, 'status', 'Status', STATUS_LABEL[old.status], STATUS_LABEL[now.status]);
  if (old.agreedAt !== now.agreedAt) {
    out.push({
      type: 'value',
      key: 'agreedAt',
      label: 'Agreed on',
      before: old.agreedAt === undefined ? null : formatMoment(old.agreedAt),
      after: now.agreedAt === undefined ? null : formatMoment(now.agreedAt),
    });
  }
  if (!sameValue(old.tally, now.tally)) {
    out.push({
      type: 'value',
      key: 'tally',
      label: 'Last vote',
      before: old.tally ? formatTally(old.tally) : null,
      after: now.tally ? formatTally(now.tally) : null,
    });
  }
}

/**
 * Every attribute that differs, by the registry's label: the fields of the current kind in
 * the inspector's order, then any the old kind had, then keys no field knows (newer clients').
 */
function pushAttrs(
  out: FieldChange[],
  old: NodeRecord | EdgeRecord,
  now: NodeRecord | EdgeRecord,
  oldFields: readonly FieldDef[],
  newFields: readonly FieldDef[],
) {
  const fields = new Map<string, FieldDef>();
  for (const field of [...newFields, ...oldFields]) {
    if (!fields.has(field.key)) fields.set(field.key, field);
  }
  const unknown = [...new Set([...Object.keys(old.attrs), ...Object.keys(now.attrs)])]
    .filter((key) => !fields.has(key))
    .sort();
  const keys = [...fields.keys(), ...unknown];
  for (const key of keys) {
    const before = old.attrs[key];
    const after = now.attrs[key];
    if (sameValue(before, after)) continue;
    const field = fields.get(key);
    const shownBefore = formatFieldValue(field, before);
    const shownAfter = formatFieldValue(field, after);
    // "" and unset, or [] and unset, read the same: not a change anyone made on purpose.
    if (shownBefore === null && shownAfter === null) continue;
    out.push({
      type: 'value',
      key: `attrs.${key}`,
      label: field?.label ?? key,
      before: shownBefore,
      after: shownAfter,
    });
  }
}

function pushValue(
  out: FieldChange[],
  key: string,
  label: string,
  before: string | null,
  after: string | null,
) {
  if (before !== after) out.push({ type: 'value', key, label, before, after });
}

/** "2026-01-15T10:30:00Z" → "15 January 2026, 10:30": as written, whatever the time zone. */
function formatMoment(iso: string): string {
  const time = /T(\d{2}):(\d{2})/.exec(iso);
  return time ? `${formatDate(iso)}, ${time[1]}:${time[2]}` : formatDate(iso);
}

function formatTally(tally: { agree: number; disagree: number; abstain: number }): string {
  return `${tally.agree} agree, ${tally.disagree} disagree, ${tally.abstain} abstain`;
}
