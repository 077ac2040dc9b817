import type { MapState } from '../store/mapStore.ts';
import { movesFlowNode, type ViewFilter } from './toFlow.ts';

/**
 * Whether going from `before` to `after` can change what React Flow holds of the map: a
 * body or footprint moved, resized, re-parented, added, removed or of another kind, or any
 * change to relationships, notes or unreadable elements. A rename, a status or an edited fact
 * cannot: the node reads those itself. Compares records by identity, which the store keeps
 * for every record a change did not touch, so this is a walk of ids, not of fields.
 */
export function flowChanged(before: MapState, after: MapState, filter: ViewFilter): boolean {
  if (before.snapshot === after.snapshot) return false;
  if (
    before.edgeById !== after.edgeById ||
    before.snapshot.notes !== after.snapshot.notes ||
    before.snapshot.invalid !== after.snapshot.invalid ||
    before.nodeById.size !== after.nodeById.size
  ) {
    return true;
  }
  if (before.nodeById === after.nodeById) return false;
  for (const [id, record] of after.nodeById) {
    const was = before.nodeById.get(id);
    if (was !== record && movesFlowNode(was, record, filter)) return true;
  }
  return false;
}
