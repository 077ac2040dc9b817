import { useEffect, useMemo, useRef } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { sharePresence } from '../../collab/presence.ts';
import { afterPaint } from '../afterPaint.ts';
import type { MapFlowEdge, MapFlowNode } from '../toFlow.ts';

/**
 * The ids selected here, shared with the room and reported to the page whenever the set
 * changes (not when React Flow merely hands back new arrays). Both wait until the canvas has
 * painted the selection: on a whole system the panels that follow it (the inspector mounting
 * its fields) would otherwise hold up the click's paint. A newer selection before then
 * replaces the older one.
 */
export function useSelectionSharing(
  nodes: readonly MapFlowNode[],
  edges: readonly MapFlowEdge[],
  awareness: Awareness,
  onSelection: (ids: string[]) => void,
): string[] {
  // The same array while the selection is the same, whatever else changed in the lists.
  const last = useRef<string[]>([]);
  const selectedIds = useMemo(() => {
    const ids = [...nodes.filter((n) => n.selected), ...edges.filter((e) => e.selected)].map(
      (e) => e.id,
    );
    const same = ids.length === last.current.length && ids.every((id, i) => id === last.current[i]);
    if (!same) last.current = ids;
    return last.current;
  }, [nodes, edges]);
  const selectionKey = selectedIds.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: selectionKey stands for selectedIds
  useEffect(
    () =>
      afterPaint(() => {
        sharePresence(awareness, 'selection', selectedIds);
        onSelection(selectedIds);
      }),
    [selectionKey, awareness, onSelection],
  );
  return selectedIds;
}
