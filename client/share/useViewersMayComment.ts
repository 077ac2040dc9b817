import type * as Y from 'yjs';
import { viewersMayComment } from '../../shared/ydoc/facilitation.ts';
import { mapDoc } from '../../shared/ydoc/layout.ts';
import { useDocValue } from '../workshop/useDocValue.ts';

const metaOnly = (doc: Y.Doc) => [mapDoc(doc).meta];

/** Whether holders of the viewer link may comment, live. */
export function useViewersMayComment(doc: Y.Doc): boolean {
  return useDocValue(doc, metaOnly, viewersMayComment);
}
