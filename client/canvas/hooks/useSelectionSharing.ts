import { useEffect, useMemo } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { sharePresence } from '../../collab/presence.ts';
import type { MapFlowEdge, MapFlowNode } from '../toFlow.ts';

/**
 * The ids selected here, shared with the room and reported to the page whenever the set
 * changes (not when React Flow merely hands back new arrays).
 */
export function useSelectionSharing(
  nodes: readonly MapFlowNode[],
  edges: readonly MapFlowEdge[],
  awareness: Awareness,
  onSelection: (ids: string[]) => void,
): string[] {
  const selectedIds = useMemo(
    () => [...nodes.filter((n) => n.selected), ...edges.filter((e) => e.selected)].map((e) => e.id),
    [nodes, edges],
  );
  const selectionKey = selectedIds.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: selectionKey stands for selectedIds
  useEffect(() => {
    sharePresence(awareness, 'selection', selectedIds);
    onSelection(selectedIds);
  }, [selectionKey, awareness, onSelection]);
  return selectedIds;
}
