import type { NoteRecord } from '../../shared/ydoc/noteRecord.ts';
import type { MapState } from '../store/mapStore.ts';
import { movesFlowNode, type ViewFilter } from './toFlow.ts';

/** Whether a note's change is one React Flow holds: where it is, its size, kind or colour. */
function movesNote(before: NoteRecord | undefined, after: NoteRecord): boolean {
  return (
    !before ||
    before.kind !== after.kind ||
    before.color !== after.color ||
    before.parentId !== after.parentId ||
    before.position.x !== after.position.x ||
    before.position.y !== after.position.y ||
    before.size?.w !== after.size?.w ||
    before.size?.h !== after.size?.h
  );
}

/**
 * Whether going from `before` to `after` can change what React Flow holds of the map: a
 * body or footprint moved, resized, re-parented, added, removed or of another kind, or any
 * change to relationships or unreadable elements, or a note moved, resized or recoloured. A
 * rename, a status, an edited fact or a note's words cannot: the node reads those itself. Compares records by identity, which the store keeps
 * for every record a change did not touch, so this is a walk of ids, not of fields.
 */
export function flowChanged(before: MapState, after: MapState, filter: ViewFilter): boolean {
  if (before.snapshot === after.snapshot) return false;
  if (
    before.edgeById !== after.edgeById ||
    before.snapshot.invalid !== after.snapshot.invalid ||
    before.nodeById.size !== after.nodeById.size ||
    before.noteById.size !== after.noteById.size
  ) {
    return true;
  }
  if (before.noteById !== after.noteById) {
    for (const [id, note] of after.noteById) {
      const was = before.noteById.get(id);
      if (was !== note && movesNote(was, note)) return true;
    }
  }
  if (before.nodeById === after.nodeById) return false;
  for (const [id, record] of after.nodeById) {
    const was = before.nodeById.get(id);
    if (was !== record && movesFlowNode(was, record, filter)) return true;
  }
  return false;
}
