import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { mapDoc } from '../../shared/ydoc/layout.ts';
import { type MapSnapshot, readMap } from '../../shared/ydoc/readMap.ts';

/** The map as validated plain records, re-read after every change to the doc. */
export function useMapSnapshot(doc: Y.Doc): MapSnapshot {
  const [snapshot, setSnapshot] = useState(() => readMap(doc));
  useEffect(() => {
    const { meta, nodes, edges } = mapDoc(doc);
    const update = () => setSnapshot(readMap(doc));
    meta.observeDeep(update);
    nodes.observeDeep(update);
    edges.observeDeep(update);
    update();
    return () => {
      meta.unobserveDeep(update);
      nodes.unobserveDeep(update);
      edges.unobserveDeep(update);
    };
  }, [doc]);
  return snapshot;
}
