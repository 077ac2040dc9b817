import { type Edge, MarkerType, type Node } from '@xyflow/react';
import { type NodeKind, nodeKindLabel } from '../../shared/model/bodyKinds.ts';
import { RELATIONSHIP_KIND_LABEL } from '../../shared/model/relationshipKinds.ts';
import type { ElementStatus } from '../../shared/model/status.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import type { EdgeRecord, NodeRecord, Position } from '../../shared/ydoc/schema.ts';

/** Someone else who has an element selected, shown as a coloured ring with their name. */
export interface RemoteSelector {
  name: string;
  color: string;
}

/** What a body node draws. */
export type BodyNodeData = {
  kind: NodeKind;
  kindLabel: string;
  label: string;
  status: ElementStatus;
  remoteSelectors: RemoteSelector[];
};

/** A node on the canvas. */
export type BodyFlowNode = Node<BodyNodeData, 'body'>;

/** What other participants are doing to elements right now. */
export interface RemoteActivity {
  dragging: ReadonlyMap<string, Position>;
  selectors: ReadonlyMap<string, RemoteSelector[]>;
}

function depth(node: NodeRecord, byId: ReadonlyMap<string, NodeRecord>): number {
  let level = 0;
  let parentId = node.parentId;
  const seen = new Set<string>();
  while (parentId && byId.has(parentId) && !seen.has(parentId)) {
    seen.add(parentId);
    level++;
    parentId = byId.get(parentId)?.parentId;
  }
  return level;
}

function sameSelectors(a: readonly RemoteSelector[], b: readonly RemoteSelector[]): boolean {
  return (
    a.length === b.length && a.every((s, i) => s.name === b[i]?.name && s.color === b[i]?.color)
  );
}

/**
 * Turns the doc's nodes into React Flow nodes. Transient state that never enters the doc
 * (selection, measured size, an ongoing local drag) is carried over from the previous
 * nodes; a node someone else is dragging shows where they hold it. Parents come before
 * their children, as React Flow requires, and unchanged nodes keep their identity so
 * React does not redraw them.
 */
export function toFlowNodes(
  snapshot: MapSnapshot,
  previous: readonly BodyFlowNode[],
  remote: RemoteActivity,
): BodyFlowNode[] {
  const before = new Map(previous.map((node) => [node.id, node]));
  const byId = new Map(snapshot.nodes.map((node) => [node.id, node]));
  const ordered = [...snapshot.nodes].sort((a, b) => depth(a, byId) - depth(b, byId));
  return ordered.map((record) => {
    const old = before.get(record.id);
    const position = old?.dragging
      ? old.position
      : (remote.dragging.get(record.id) ?? record.position);
    const remoteSelectors = remote.selectors.get(record.id) ?? [];
    const parentId = record.parentId && byId.has(record.parentId) ? record.parentId : undefined;
    if (
      old &&
      old.position.x === position.x &&
      old.position.y === position.y &&
      old.parentId === parentId &&
      old.data.kind === record.kind &&
      old.data.label === record.label &&
      old.data.status === record.status &&
      sameSelectors(old.data.remoteSelectors, remoteSelectors)
    ) {
      return old;
    }
    return {
      ...old,
      id: record.id,
      type: 'body',
      position,
      parentId,
      data: {
        kind: record.kind,
        kindLabel: nodeKindLabel(record.kind),
        label: record.label,
        status: record.status,
        remoteSelectors,
      },
    };
  });
}

/** Turns the doc's edges into React Flow edges, keeping which are selected here. */
export function toFlowEdges(
  snapshot: MapSnapshot,
  previous: readonly Edge[],
  remote: RemoteActivity,
): Edge[] {
  const before = new Map(previous.map((edge) => [edge.id, edge]));
  return snapshot.edges.map((record: EdgeRecord) => {
    const old = before.get(record.id);
    const remoteColor = remote.selectors.get(record.id)?.[0]?.color;
    return {
      id: record.id,
      type: 'floating',
      source: record.source,
      target: record.target,
      selected: old?.selected ?? false,
      label: record.label ?? RELATIONSHIP_KIND_LABEL[record.kind],
      markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
      className: `edge-${record.status}`,
      style: remoteColor ? { stroke: remoteColor, strokeWidth: 3 } : undefined,
      data: { kind: record.kind, status: record.status },
    };
  });
}
