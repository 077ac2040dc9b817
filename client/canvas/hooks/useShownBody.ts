import { useMemo } from 'react';
import type { ElementChangeKind } from '../../../shared/versions/diffSnapshots.ts';
import type { NodeRecord } from '../../../shared/ydoc/schema.ts';
import { unreadableReason } from '../../../shared/ydoc/unreadableReason.ts';
import type { MapState } from '../../store/mapStore.ts';
import { useShownElement } from '../../store/useShownMap.ts';
import { type BodyView, bodyView } from '../bodyView.ts';

/** A body or footprint as the map on show has it, with what its card shows. */
export interface ShownBody {
  record: NodeRecord;
  view: BodyView;
}

/**
 * The body or footprint `id` on show, read by its id: the card re-renders when its own record
 * changes, not when anything else on the map does. Undefined for a moment after it is removed
 * (React Flow drops the node on its next render).
 */
export function useShownBody(id: string): ShownBody | undefined {
  const record = useShownElement(id, (state) => state.nodeById.get(id));
  return useMemo(() => (record ? { record, view: bodyView(record) } : undefined), [record]);
}

/** Why some of this element's fields cannot be read, if they cannot. */
export function useUnreadable(id: string): string | undefined {
  return useShownElement(id, (state) => {
    const { fieldProblems } = state.snapshot;
    if (fieldProblems.length === 0) return undefined;
    const found = fieldProblems.find((problem) => problem.id === id);
    return found ? unreadableReason(found.problems) : undefined;
  });
}

/** While comparing with a saved version: how this element differs (client/versions/). */
export function useElementChange(id: string): ElementChangeKind | undefined {
  return useShownElement(
    id,
    (state: MapState & { changes?: ReadonlyMap<string, ElementChangeKind> }) =>
      state.changes?.get(id),
  );
}
