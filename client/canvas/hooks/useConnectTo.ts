import { useCallback, useState } from 'react';
import type * as Y from 'yjs';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { RelationshipKind } from '../../../shared/model/relationshipKinds.ts';
import { relationshipSentence } from '../../../shared/model/relationshipSentence.ts';
import { connect } from '../../../shared/ydoc/edges.ts';
import type { MapState } from '../../store/mapStore.ts';

/** "Connect to…" from a body's menu: which body it is from, and writing the relationship. */
export function useConnectTo(
  doc: Y.Doc,
  origin: unknown,
  shown: StoreApi<MapState>,
  onNotice: (message: string) => void,
) {
  const [sourceId, setSourceId] = useState<string | null>(null);
  const source = useStore(shown, (state) =>
    sourceId ? (state.nodeById.get(sourceId) ?? null) : null,
  );

  const connectTo = useCallback(
    (targetId: string, kind: RelationshipKind) => {
      if (!source) return;
      const result = connect(doc, origin, { kind, source: source.id, target: targetId });
      const target = shown.getState().nodeById.get(targetId);
      onNotice(
        result.ok
          ? `Added: ${relationshipSentence({ kind, status: 'proposed', attrs: {} }, source.label, target?.label ?? 'the body')}.`
          : result.reason,
      );
      setSourceId(null);
    },
    [doc, origin, source, shown, onNotice],
  );

  return {
    source,
    open: setSourceId,
    close: useCallback(() => setSourceId(null), []),
    connect: connectTo,
  };
}
