import type { Node } from '@xyflow/react';
import type { Position } from '../../shared/ydoc/schema.ts';

/** Where a node is drawn and whether it may be moved: what bodies and notes alike are given. */
export interface FlowPlacement {
  position: Position;
  parentId: string | undefined;
  width: number | undefined;
  height: number | undefined;
  /** False when the node is locked for this participant. */
  draggable: false | undefined;
}

/** What placing a node needs beyond its own record. */
export interface PlacementContext {
  /** Nodes someone else is dragging, where they hold them. */
  dragging: ReadonlyMap<string, Position>;
  /** The ids a node may sit inside (a parent missing from the map is ignored). */
  parents: { has(id: string): boolean };
  /** Elements this participant may not change. */
  lockedForMe: ReadonlySet<string>;
}

/**
 * Where a node is drawn: while this participant drags or resizes it, as they hold it; while
 * someone else drags it, where they hold it; otherwise where the doc has it.
 */
export function placeFlowNode(
  record: { id: string; position: Position; parentId?: string },
  size: { w: number; h: number } | undefined,
  old: Node | undefined,
  context: PlacementContext,
): FlowPlacement {
  const busy = old?.dragging || old?.resizing;
  const parentId = record.parentId;
  return {
    position: busy ? old.position : (context.dragging.get(record.id) ?? record.position),
    parentId: parentId && context.parents.has(parentId) ? parentId : undefined,
    width: busy ? old.width : size?.w,
    height: busy ? old.height : size?.h,
    draggable: context.lockedForMe.has(record.id) ? false : undefined,
  };
}

/** Whether the previous node already sits just as `placement` says. */
export function samePlacement(old: Node, placement: FlowPlacement): boolean {
  return (
    old.position.x === placement.position.x &&
    old.position.y === placement.position.y &&
    old.parentId === placement.parentId &&
    old.width === placement.width &&
    old.height === placement.height &&
    old.draggable === placement.draggable
  );
}
