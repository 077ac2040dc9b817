import type { Edge, Node } from '@xyflow/react';
import type { InvalidElement, MapSnapshot } from '../../shared/ydoc/readMap.ts';
import { unreadableReason } from '../../shared/ydoc/unreadableReason.ts';

/** What an element the map cannot read draws: whatever of it reads, and why it does not. */
export type InvalidNodeData = {
  label: string;
  /** The kind as written, when there is one (it may be one this version does not know). */
  kindWritten?: string;
  /** Why it cannot be read, in words. */
  reason: string;
};

/** An unreadable body, footprint or note, drawn where it was and marked invalid. */
export type InvalidFlowNode = Node<InvalidNodeData, 'invalid'>;

/** What an unreadable relationship draws. */
export type InvalidEdgeData = { reason: string };

/** An unreadable relationship between two drawn elements, marked invalid. */
export type InvalidFlowEdge = Edge<InvalidEdgeData, 'invalid'>;

/** Where an unreadable element with no readable position goes: stacked above the map's origin. */
const FALLBACK_STEP = 140;

function invalidName(data: InvalidNodeData): string {
  return `${data.label}, cannot be read: ${data.reason}`;
}

/**
 * The elements of the doc that do not parse, as nodes marked invalid where they were (their
 * footprint kept when it is drawn), so nothing on the map silently disappears. They can be
 * selected (the inspector says why) and deleted, not moved: their records are not trusted.
 */
export function toFlowInvalidNodes(
  snapshot: MapSnapshot,
  previous: readonly { id: string; type?: string }[],
): InvalidFlowNode[] {
  const unreadable = snapshot.invalid.filter((element) => element.collection === 'nodes');
  if (unreadable.length === 0) return [];
  const before = new Map<string, InvalidFlowNode>();
  for (const node of previous) {
    if (node.type === 'invalid') before.set(node.id, node as InvalidFlowNode);
  }
  const footprints = new Set(
    snapshot.nodes.filter((node) => node.kind === 'footprint').map((node) => node.id),
  );
  return unreadable.map((element, index) => {
    const sketch = element.sketch ?? {};
    const data: InvalidNodeData = {
      label: sketch.label ?? 'Unnamed element',
      ...(sketch.kind ? { kindWritten: sketch.kind } : {}),
      reason: unreadableReason(element.problems, sketch.kind),
    };
    const parentId =
      sketch.parentId && footprints.has(sketch.parentId) ? sketch.parentId : undefined;
    const position = sketch.position ?? { x: 0, y: -FALLBACK_STEP * (index + 1) };
    const old = before.get(element.id);
    if (
      old &&
      old.position.x === position.x &&
      old.position.y === position.y &&
      old.parentId === parentId &&
      old.data.label === data.label &&
      old.data.reason === data.reason &&
      old.data.kindWritten === data.kindWritten
    ) {
      return old;
    }
    return {
      ...old,
      id: element.id,
      type: 'invalid',
      position,
      parentId,
      draggable: false,
      connectable: false,
      className: 'invalid-flow-node',
      ariaLabel: invalidName(data),
      data,
    };
  });
}

/**
 * Unreadable relationships whose two ends are drawn (readable or not), marked invalid; one
 * whose ends are not on the canvas cannot be drawn and is listed by the inspector only.
 */
export function toFlowInvalidEdges(
  snapshot: MapSnapshot,
  drawn: ReadonlySet<string>,
  previous: readonly { id: string; selected?: boolean }[],
): InvalidFlowEdge[] {
  const selected = new Set(previous.filter((edge) => edge.selected).map((edge) => edge.id));
  const names = new Map<string, string>(snapshot.nodes.map((node) => [node.id, node.label]));
  for (const element of snapshot.invalid) {
    if (element.collection === 'nodes')
      names.set(element.id, element.sketch?.label ?? 'an unreadable element');
  }
  return snapshot.invalid.flatMap((element: InvalidElement) => {
    const { source, target, kind } = element.sketch ?? {};
    if (element.collection !== 'edges' || !source || !target) return [];
    if (!drawn.has(source) || !drawn.has(target)) return [];
    const reason = unreadableReason(element.problems, kind);
    return [
      {
        id: element.id,
        type: 'invalid' as const,
        source,
        target,
        selected: selected.has(element.id),
        ariaLabel: `Relationship from ${names.get(source) ?? 'a body'} to ${names.get(target) ?? 'a body'}, cannot be read: ${reason}`,
        data: { reason },
      },
    ];
  });
}
