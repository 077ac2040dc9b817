import type * as Y from 'yjs';
import { readTimer, type Timer } from '../../shared/ydoc/facilitation.ts';
import { mapDoc } from '../../shared/ydoc/layout.ts';
import { useDocValue } from '../workshop/useDocValue.ts';

const metaTypes = (doc: Y.Doc) => [mapDoc(doc).meta];

/** The map's countdown, live, or null when none is set. */
export function useTimer(doc: Y.Doc): Timer | null {
  return useDocValue(doc, metaTypes, readTimer);
}
