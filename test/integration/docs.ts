import type * as Y from 'yjs';
import { mapDoc } from '../../shared/ydoc/index.ts';

/** The labels of a doc's nodes, sorted: what tests compare. */
export function labels(doc: Y.Doc): string[] {
  return [...mapDoc(doc).nodes.values()].map((node) => String(node.get('label'))).sort();
}
