import * as Y from 'yjs';
import { mapDoc } from './layout.ts';

/**
 * An undo manager for one participant: it tracks only changes made with `origin`, so undo
 * never reverts someone else's work, and each transaction (one gesture) is one step.
 */
export function createUndoManager(doc: Y.Doc, origin: unknown): Y.UndoManager {
  const { meta, nodes, edges } = mapDoc(doc);
  return new Y.UndoManager([meta, nodes, edges], {
    trackedOrigins: new Set([origin]),
    captureTimeout: 0,
  });
}
