import { type Edge, MarkerType, type Node } from '@xyflow/react';
import type { NodeKind } from '../../shared/model/bodyKinds.ts';
import { edgeLabel } from '../../shared/model/edgeLabel.ts';
import { FOOTPRINT_DEFAULT_SIZE } from '../../shared/model/footprints.ts';
import type { RelationshipKind } from '../../shared/model/relationshipKinds.ts';
import type { ElementStatus } from '../../shared/model/status.ts';
import { inForce } from '../../shared/rules/subjectAt.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import type { NodeRecord, Position } from '../../shared/ydoc/schema.ts';
import { COLOR, NOTE_COLOR } from '../theme/tokens.ts';
import { placeFlowNode, samePlacement } from './flowPlacement.ts';
import type { InvalidFlowEdge, InvalidFlowNode } from './invalidFlow.ts';
import { BODY_STYLE, RELATIONSHIP_STYLE } from './kindStyles.ts';
import { BODY_Z, FOOTPRINT_Z } from './layers.ts';
import type { NoteFlowNode } from './noteFlow.ts';

/** Someone else who has an element selected, shown as a coloured ring with their name. */
export interface RemoteSelector {
  name: string;
  color: string;
}

/**
 * What React Flow holds of a body or footprint: only what its minimap needs. What the card
 * shows (name, status, facts…) the node reads from the map on show by its id
 * (client/canvas/useBodyView.ts), so a rename or a status change re-renders that one card
 * and hands React Flow nothing new.
 */
export type MapNodeData = {
  kind: NodeKind;
};

/** A body card or a footprint container on the canvas. */
export type BodyFlowNode = Node<MapNodeData, 'body' | 'footprint'>;

/**
 * A node on the canvas: a body, a footprint, a sticky note or free text (noteFlow.ts), or an
 * element the map cannot read, marked invalid (invalidFlow.ts).
 */
export type MapFlowNode = BodyFlowNode | NoteFlowNode | InvalidFlowNode;

/** True for a sticky note or free text, which has no kind of body, status or handles. */
export function isNoteFlowNode(node: MapFlowNode): node is NoteFlowNode {
  return node.type === 'note';
}

/** True for a body card or footprint: a node with a kind, a status and the map's data. */
export function isBodyFlowNode(node: MapFlowNode): node is BodyFlowNode {
  return node.type === 'body' || node.type === 'footprint';
}

/** What a relationship edge draws. */
export type MapEdgeData = {
  kind: RelationshipKind;
  status: ElementStatus;
  remoteColor?: string;
  dimmed: boolean;
  /** Which of the relationships between the same two bodies this is, so they fan out. */
  lane: number;
  lanes: number;
};

/** A relationship on the canvas. */
export type RelationshipFlowEdge = Edge<MapEdgeData, 'relationship'>;

/** An edge on the canvas: a relationship, or one the map cannot read, marked invalid. */
export type MapFlowEdge = RelationshipFlowEdge | InvalidFlowEdge;

/** What other participants are doing to elements right now. */
export interface RemoteActivity {
  dragging: ReadonlyMap<string, Position>;
  selectors: ReadonlyMap<string, RemoteSelector[]>;
}

/** How the view filters the map: hidden relationship kinds and statuses, dim or hide. */
export interface ViewFilter {
  hiddenKinds: ReadonlySet<RelationshipKind>;
  shownStatuses: ReadonlySet<ElementStatus>;
  /** Elements of statuses not shown are faded (true) or left out (false). */
  dimInsteadOfHide: boolean;
  /**
   * YYYY-MM-DD: show the structure as at this date; elements not in force then (their
   * `validFrom`/`validTo`) are faded or left out like filtered statuses (docs/domain.md, "Time").
   */
  asAt?: string;
}

/** True when the element is in force on the filter's date (always, without one). */
export function inForceAt(record: { attrs: Record<string, unknown> }, filter: ViewFilter): boolean {
  if (!filter.asAt) return true;
  const from = record.attrs.validFrom;
  const to = record.attrs.validTo;
  return inForce(
    {
      ...(typeof from === 'string' ? { validFrom: from } : {}),
      ...(typeof to === 'string' ? { validTo: to } : {}),
    },
    filter.asAt,
  );
}

/** The filter that shows everything. */
export const SHOW_ALL: ViewFilter = {
  hiddenKinds: new Set(),
  shownStatuses: new Set(['proposed', 'agreed', 'disputed']),
  dimInsteadOfHide: true,
};

function depth(node: NodeRecord, byId: ReadonlyMap<string, NodeRecord>): number {
  let level = 0;
  let parentId = node.parentId;
  // A set of the parents seen only for a node nested deeper than footprints go, in case of a cycle.
  let seen: Set<string> | null = null;
  while (parentId && byId.has(parentId)) {
    if (level >= 8) {
      seen ??= new Set();
      if (seen.has(parentId)) break;
      seen.add(parentId);
    }
    level++;
    parentId = byId.get(parentId)?.parentId;
  }
  return level;
}

/**
 * The records with every parent before its children (as React Flow needs them), in the
 * order of the map otherwise: grouped by depth in one pass, as a stable sort by depth would
 * give them, without sorting a whole system on each body added or removed.
 */
function parentsFirst(records: readonly NodeRecord[], byId: ReadonlyMap<string, NodeRecord>) {
  const byDepth: NodeRecord[][] = [];
  for (const record of records) {
    const level = depth(record, byId);
    let group = byDepth[level];
    if (!group) {
      group = [];
      byDepth[level] = group;
    }
    group.push(record);
  }
  return byDepth.flatMap((group) => group ?? []);
}

/** Whether the filter shows this body or footprint as it is (not faded or left out). */
export function bodyShown(record: NodeRecord, filter: ViewFilter): boolean {
  return (
    record.kind === 'footprint' ||
    (filter.shownStatuses.has(record.status) && inForceAt(record, filter))
  );
}

/**
 * Turns the doc's nodes into React Flow nodes. Transient state that never enters the doc
 * (selection, measured size, an ongoing local drag or resize) is carried over from the
 * previous nodes; a node someone else is dragging shows where they hold it. Parents come
 * before their children, as React Flow requires, and unchanged nodes keep their identity so
 * React does not redraw them.
 */
export function toFlowNodes(
  snapshot: MapSnapshot,
  previous: readonly MapFlowNode[],
  remote: Pick<RemoteActivity, 'dragging'>,
  filter: ViewFilter = SHOW_ALL,
  /** Elements this participant may not change (locked by the facilitator): not dragged or deleted. */
  lockedForMe: ReadonlySet<string> = new Set(),
): BodyFlowNode[] {
  const before = new Map(previous.map((node) => [node.id, node]));
  const byId = new Map(snapshot.nodes.map((node) => [node.id, node]));
  const ordered = parentsFirst(snapshot.nodes, byId);
  const out: BodyFlowNode[] = [];
  for (const record of ordered) {
    if (!filter.dimInsteadOfHide && !bodyShown(record, filter)) continue;
    const found = before.get(record.id);
    const old = found && isBodyFlowNode(found) ? found : undefined;
    const isFootprint = record.kind === 'footprint';
    const size = isFootprint ? footprintSize(record) : undefined;
    const placement = placeFlowNode(record, size, old, {
      dragging: remote.dragging,
      parents: byId,
      lockedForMe,
    });
    const { draggable } = placement;
    if (old && samePlacement(old, placement) && old.data.kind === record.kind) {
      out.push(old);
      continue;
    }
    out.push({
      ...old,
      id: record.id,
      type: isFootprint ? 'footprint' : 'body',
      ...placement,
      zIndex: isFootprint ? FOOTPRINT_Z : BODY_Z,
      dragHandle: isFootprint ? '.footprint-header' : undefined,
      deletable: draggable,
      // Pressing on a locked node neither pans nor zooms the canvas: it just stays put.
      className: draggable === false ? 'nopan is-locked' : undefined,
      data: old?.data.kind === record.kind ? old.data : { kind: record.kind },
    });
  }
  return out;
}

/** A footprint's size: its own, or its level's default. */
export function footprintSize(record: NodeRecord): { w: number; h: number } {
  return record.size ?? FOOTPRINT_DEFAULT_SIZE[(record.attrs.level as 'place') ?? 'place'];
}

/**
 * Whether a change from `before` to `after` (one body's record) changes what React Flow
 * holds of it: where it is, its size, its footprint, its kind, or whether the filter leaves it
 * out. A rename, a status change the filter lets through or an edited fact does not.
 */
export function movesFlowNode(
  before: NodeRecord | undefined,
  after: NodeRecord | undefined,
  filter: ViewFilter,
): boolean {
  if (!before || !after) return before !== after;
  return (
    before.kind !== after.kind ||
    before.parentId !== after.parentId ||
    before.position.x !== after.position.x ||
    before.position.y !== after.position.y ||
    before.size?.w !== after.size?.w ||
    before.size?.h !== after.size?.h ||
    before.attrs.level !== after.attrs.level ||
    (!filter.dimInsteadOfHide && bodyShown(before, filter) !== bodyShown(after, filter))
  );
}

/** Turns the doc's edges into React Flow edges, keeping which are selected here. */
export function toFlowEdges(
  snapshot: MapSnapshot,
  previous: readonly MapFlowEdge[],
  remote: RemoteActivity,
  filter: ViewFilter = SHOW_ALL,
  visibleNodeIds?: ReadonlySet<string>,
  /** Relationships this participant may not change (locked by the facilitator). */
  lockedForMe: ReadonlySet<string> = new Set(),
): MapFlowEdge[] {
  const before = new Map(previous.map((edge) => [edge.id, edge]));
  const out: MapFlowEdge[] = [];
  const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const lanes = new Map<string, number>();
  const laneOf = new Map<string, number>();
  for (const record of snapshot.edges) {
    if (filter.hiddenKinds.has(record.kind)) continue;
    const key = pairKey(record.source, record.target);
    laneOf.set(record.id, lanes.get(key) ?? 0);
    lanes.set(key, (lanes.get(key) ?? 0) + 1);
  }
  for (const record of snapshot.edges) {
    if (filter.hiddenKinds.has(record.kind)) continue;
    if (
      visibleNodeIds &&
      !(visibleNodeIds.has(record.source) && visibleNodeIds.has(record.target))
    ) {
      continue;
    }
    const statusShown = filter.shownStatuses.has(record.status) && inForceAt(record, filter);
    if (!statusShown && !filter.dimInsteadOfHide) continue;
    const style = RELATIONSHIP_STYLE[record.kind];
    const old = before.get(record.id);
    const edge: RelationshipFlowEdge = {
      id: record.id,
      type: 'relationship',
      source: record.source,
      target: record.target,
      selected: old?.selected ?? false,
      label: edgeLabel(record),
      // What a screen reader says names both bodies: the edge sets it itself, so renaming a
      // body changes none of its relationships here (RelationshipEdge.tsx).
      markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16, color: style.color },
      className: `edge-${record.status}`,
      deletable: lockedForMe.has(record.id) ? false : undefined,
      data: {
        kind: record.kind,
        status: record.status,
        remoteColor: remote.selectors.get(record.id)?.[0]?.color,
        dimmed: !statusShown,
        lane: laneOf.get(record.id) ?? 0,
        lanes: lanes.get(pairKey(record.source, record.target)) ?? 1,
      },
    };
    // An unchanged relationship keeps its identity, so React Flow does not redraw it.
    out.push(old && sameEdge(old, edge) ? old : edge);
  }
  return out;
}

function sameEdge(a: MapFlowEdge, b: RelationshipFlowEdge): boolean {
  if (a.type !== 'relationship') return false;
  const x = a.data;
  const y = b.data;
  return (
    a.source === b.source &&
    a.target === b.target &&
    a.label === b.label &&
    a.className === b.className &&
    a.deletable === b.deletable &&
    x !== undefined &&
    y !== undefined &&
    x.kind === y.kind &&
    x.status === y.status &&
    x.remoteColor === y.remoteColor &&
    x.dimmed === y.dimmed &&
    x.lane === y.lane &&
    x.lanes === y.lanes
  );
}

/** The colours of a node kind, for the minimap and legend. */
export function nodeColor(node: NodeKind | MapFlowNode): string {
  if (typeof node !== 'string') {
    if (isNoteFlowNode(node)) {
      return node.data.kind === 'text' ? COLOR.greyLight : NOTE_COLOR[node.data.color].edge;
    }
    return isBodyFlowNode(node) ? nodeColor(node.data.kind) : COLOR.red;
  }
  return node === 'footprint' ? COLOR.footprintMini : BODY_STYLE[node].color;
}
