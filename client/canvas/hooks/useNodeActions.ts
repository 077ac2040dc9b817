import { useMemo } from 'react';
import type * as Y from 'yjs';
import { placeNodes, renameNode } from '../../../shared/ydoc/nodes.ts';
import { setNoteColor, setNoteText } from '../../../shared/ydoc/notes.ts';
import type { MapActions } from '../MapActions.ts';

/** What nodes may do to the map from inside (rename, resize), locks respected. */
export function useNodeActions(
  readOnly: boolean,
  doc: Y.Doc,
  origin: unknown,
  lockedForMe: ReadonlySet<string>,
): MapActions {
  return useMemo(
    () => ({
      readOnly,
      rename: (id, label) => !lockedForMe.has(id) && renameNode(doc, origin, id, label),
      resized: (id, box) => {
        if (lockedForMe.has(id)) return;
        placeNodes(doc, origin, [
          { id, position: { x: box.x, y: box.y }, size: { w: box.width, h: box.height } },
        ]);
      },
      writeNote: (id, text) => !lockedForMe.has(id) && setNoteText(doc, origin, id, text),
      colorNote: (id, color) => {
        if (!lockedForMe.has(id)) setNoteColor(doc, origin, id, color);
      },
    }),
    [readOnly, doc, origin, lockedForMe],
  );
}
