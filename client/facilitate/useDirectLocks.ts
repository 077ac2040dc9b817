import type * as Y from 'yjs';
import { mapDoc } from '../../shared/ydoc/layout.ts';
import { useDocValue } from '../workshop/useDocValue.ts';

const lockTypes = (doc: Y.Doc) => [mapDoc(doc).locks];
const readLocks = (doc: Y.Doc): ReadonlySet<string> => new Set(mapDoc(doc).locks.keys());

/** The elements locked themselves (not through the footprint they sit in), live. */
export function useDirectLocks(doc: Y.Doc): ReadonlySet<string> {
  return useDocValue(doc, lockTypes, readLocks);
}
