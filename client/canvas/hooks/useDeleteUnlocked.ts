import type { OnDelete } from '@xyflow/react';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import type { StoreApi } from 'zustand/vanilla';
import { deleteElements } from '../../../shared/ydoc/nodes.ts';
import { guardDeletion, keptByLocksMessage } from '../../facilitate/lockGuard.ts';
import type { MapState } from '../../store/mapStore.ts';
import type { MapFlowEdge, MapFlowNode } from '../toFlow.ts';

/** Deleting elements: locked ones, and whatever would take them along, stay where they are. */
export function useDeleteUnlocked(
  doc: Y.Doc,
  origin: unknown,
  shown: StoreApi<MapState>,
  lockedForMe: ReadonlySet<string>,
  onNotice: (message: string) => void,
) {
  const deleteUnlocked = useCallback(
    (nodeIds: readonly string[], edgeIds: readonly string[]) => {
      const allowed = guardDeletion(shown.getState().snapshot, { nodeIds, edgeIds }, lockedForMe);
      deleteElements(doc, origin, { nodeIds: allowed.nodeIds, edgeIds: allowed.edgeIds });
      if (allowed.kept.length > 0) onNotice(keptByLocksMessage(allowed.kept.length, 'deleted'));
    },
    [shown, lockedForMe, doc, origin, onNotice],
  );

  const onDelete: OnDelete<MapFlowNode, MapFlowEdge> = useCallback(
    ({ nodes, edges }) =>
      deleteUnlocked(
        nodes.map((n) => n.id),
        edges.map((e) => e.id),
      ),
    [deleteUnlocked],
  );

  return { deleteUnlocked, onDelete };
}
