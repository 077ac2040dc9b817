import { useCallback, useState } from 'react';
import type * as Y from 'yjs';
import type { RelationshipKind } from '../../../shared/model/relationshipKinds.ts';
import { relationshipSentence } from '../../../shared/model/relationshipSentence.ts';
import { connect } from '../../../shared/ydoc/edges.ts';
import type { NodeRecord } from '../../../shared/ydoc/schema.ts';

/** "Connect to…" from a body's menu: which body it is from, and writing the relationship. */
export function useConnectTo(
  doc: Y.Doc,
  origin: unknown,
  nodeById: ReadonlyMap<string, NodeRecord>,
  onNotice: (message: string) => void,
) {
  const [sourceId, setSourceId] = useState<string | null>(null);
  const source = sourceId ? (nodeById.get(sourceId) ?? null) : null;

  const connectTo = useCallback(
    (targetId: string, kind: RelationshipKind) => {
      if (!source) return;
      const result = connect(doc, origin, { kind, source: source.id, target: targetId });
      const target = nodeById.get(targetId);
      onNotice(
        result.ok
          ? `Added: ${relationshipSentence({ kind, status: 'proposed', attrs: {} }, source.label, target?.label ?? 'the body')}.`
          : result.reason,
      );
      setSourceId(null);
    },
    [doc, origin, source, nodeById, onNotice],
  );

  return {
    source,
    open: setSourceId,
    close: useCallback(() => setSourceId(null), []),
    connect: connectTo,
  };
}
