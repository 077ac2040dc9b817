import * as Y from 'yjs';
import { mapDoc } from '../../shared/ydoc/layout.ts';

/** The top-level type a shared type lies under. */
function rootOf(type: Y.AbstractType<unknown>): Y.AbstractType<unknown> {
  let at = type;
  while (at._item) at = at._item.parent as Y.AbstractType<unknown>;
  return at;
}

/** True when an update carries nothing at all (e.g. a viewer's routine sync step 2). */
export function isEmptyUpdate(update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  return structs.length === 0 && ds.clients.size === 0;
}

/**
 * Whether an update from a commenter (a viewer with the right to comment) changes the
 * comments and nothing else. It is tried on a copy of the room's doc, never on the doc
 * itself, so a refused update is not applied even for a moment. An update that cannot be
 * applied whole (it depends on changes the room does not have) is refused too.
 */
export function onlyTouchesComments(roomDoc: Y.Doc, update: Uint8Array): boolean {
  const trial = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(trial, Y.encodeStateAsUpdate(roomDoc));
    const comments = mapDoc(trial).comments as Y.AbstractType<unknown>;
    let outside = false;
    trial.on('afterTransaction', (transaction: Y.Transaction) => {
      for (const type of transaction.changed.keys()) {
        if (rootOf(type as Y.AbstractType<unknown>) !== comments) outside = true;
      }
    });
    Y.applyUpdate(trial, update);
    const { pendingStructs, pendingDs } = trial.store;
    return !outside && pendingStructs === null && pendingDs === null;
  } finally {
    trial.destroy();
  }
}
