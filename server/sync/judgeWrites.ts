import * as Y from 'yjs';
import type { PlainWrites } from './readClientUpdate.ts';

/** A delete set reaching more structs than this is judged by applying it. */
const MAX_DELETED_STRUCTS = 64;

/** A shared type, as a transaction lists those it changed. */
export type SharedType = Y.Transaction['changed'] extends Map<infer T, unknown> ? T : never;

/** Whether a change to `key` of `type` is one the room lets anyone make (RoomGuard). */
export type AllowsChange = (type: SharedType, key: string | null) => boolean;

/** The item holding this id in the doc, if the doc holds it and it is an item. */
function itemAt(store: Y.Doc['store'], client: number, clock: number): Y.Item | undefined {
  if (clock >= Y.getState(store, client)) return undefined;
  const structs = store.clients.get(client);
  const struct = structs?.[Y.findIndexSS(structs, clock)];
  return struct instanceof Y.Item ? struct : undefined;
}

/** Whether `allows` lets anyone change what `item` is in: its parent type, under its key. */
function allowsIn(item: Y.Item, allows: AllowsChange): boolean {
  return item.parent instanceof Y.AbstractType && allows(item.parent as SharedType, item.parentSub);
}

/**
 * Whether a plain update (readClientUpdate) would go into `doc` whole and change only what
 * `allows` lets through, told from the doc before the update is applied, so the room may
 * store and send it first (Room.sendAhead). It must:
 * - start each client's run where the doc's state for that client ends: nothing in it is
 *   held already, nothing before it is missing;
 * - anchor each item to items the doc holds (not to ones in the update itself), the doc
 *   holding nothing that waits for missing structs;
 * - delete only structs the doc holds, no shared type among them, and few;
 * - put each item, and delete each item, only where `allows` agrees: the item's parent and
 *   key are its origin's, as Yjs takes them when it integrates it.
 *
 * Anything else returns false, and the room applies the update first, as for any update.
 *
 * `waiting`: updates judged so against the same doc, stored and sent on but not yet applied.
 * This one goes in whole after them when it writes under none of their clients: what it
 * anchors to or deletes is in the doc already (checked above), so none of it is theirs.
 */
export function judgeWrites(
  doc: Y.Doc,
  writes: PlainWrites,
  allows: AllowsChange,
  waiting: readonly PlainWrites[] = [],
): boolean {
  const store = doc.store;
  if (store.pendingStructs !== null || store.pendingDs !== null) return false;
  const { runs, anchors, deletions } = writes;
  // An update that only deletes may delete nothing new: the room sees after applying it.
  if (runs.length === 0) return false;
  for (let i = 0; i < runs.length; i += 3) {
    const client = runs[i] as number;
    if (Y.getState(store, client) !== runs[i + 1]) return false;
    for (let j = 0; j < i; j += 3) if (runs[j] === client) return false;
    for (const earlier of waiting) {
      for (let j = 0; j < earlier.runs.length; j += 3) if (earlier.runs[j] === client) return false;
    }
  }
  for (let i = 0; i < anchors.length; i += 4) {
    const origin = itemAt(store, anchors[i] as number, anchors[i + 1] as number);
    if (!origin) return false;
    const rightClient = anchors[i + 2] as number;
    if (rightClient !== -1 && !itemAt(store, rightClient, anchors[i + 3] as number)) return false;
    if (!allowsIn(origin, allows)) return false;
  }
  let budget = MAX_DELETED_STRUCTS;
  for (let i = 0; i < deletions.length; i += 3) {
    const client = deletions[i] as number;
    const clock = deletions[i + 1] as number;
    const end = clock + (deletions[i + 2] as number);
    if (end <= clock || end > Y.getState(store, client)) return false;
    const structs = store.clients.get(client) as Array<Y.Item | Y.GC>;
    for (let k = Y.findIndexSS(structs, clock); k < structs.length; k++) {
      const struct = structs[k] as Y.Item | Y.GC;
      if (struct.id.clock >= end) break;
      if (--budget < 0) return false;
      // A garbage-collected struct or a deleted item: deleting it changes nothing.
      if (!(struct instanceof Y.Item) || struct.deleted) continue;
      if (struct.content instanceof Y.ContentType || struct.content instanceof Y.ContentDoc) {
        return false;
      }
      if (!allowsIn(struct, allows)) return false;
    }
  }
  return true;
}
