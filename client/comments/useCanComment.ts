import type * as Y from 'yjs';
import { viewersMayComment } from '../../shared/ydoc/facilitation.ts';
import { mapDoc } from '../../shared/ydoc/layout.ts';
import type { MapSession } from '../collab/useMapSession.ts';
import { useDocValue } from '../workshop/useDocValue.ts';

const metaTypes = (doc: Y.Doc) => [mapDoc(doc).meta];

/**
 * Whether this participant may write comments: owners and editors always; viewers unless the
 * owner has switched their comments off (the server enforces the same rule).
 */
export function useCanComment(session: MapSession): boolean {
  const viewersMay = useDocValue(session.doc, metaTypes, viewersMayComment);
  return session.role !== 'viewer' || viewersMay;
}
