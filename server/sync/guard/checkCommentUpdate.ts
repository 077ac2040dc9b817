import * as Y from 'yjs';
import { commentSchema } from '../../../shared/ydoc/comments.ts';
import { mapDoc } from '../../../shared/ydoc/layout.ts';
import { positionSchema } from '../../../shared/ydoc/schema.ts';

/** An update as `Y.decodeUpdate` gives it. */
export interface DecodedUpdate {
  structs: Array<Y.Item | Y.GC | Y.Skip>;
  ds: DeleteSet;
}

/** The ranges of each client's clock an update deletes. */
interface DeleteSet {
  clients: Map<number, Array<{ clock: number; len: number }>>;
}

/** The sender of a commenter's update, as far as the check needs it. */
export interface Commenter {
  /** Whether the sender may write under this client id (claiming it when it may). */
  mayWriteAs(clientId: number): boolean;
  /** Who the sender said it is in its presence; comments must carry this author. */
  participant: { id: string; name: string } | undefined;
}

/** The verdict on a commenter's update: applied whole, or refused whole with the reason. */
export type CommentVerdict = { ok: true; comments: number } | { ok: false; reason: string };

/** The fields a comment may have; `id` is its key in the comments map. */
const COMMENT_FIELDS = new Set(Object.keys(commentSchema.shape).filter((key) => key !== 'id'));

/** Where an item of the update goes. */
type Parent =
  | { kind: 'comments' }
  /** A comment created in this same update (the item holding its map). */
  | { kind: 'new-comment'; item: Y.Item }
  /** A comment already in the doc. */
  | { kind: 'comment'; map: Y.Map<unknown> }
  | { kind: 'elsewhere' };

type Found = { where: 'update'; item: Y.Item } | { where: 'doc'; item: Y.Item } | null;

function refuse(reason: string): CommentVerdict {
  return { ok: false, reason };
}

function idKey(id: Y.ID): string {
  return `${id.client}:${id.clock}`;
}

function isId(value: unknown): value is Y.ID {
  return value instanceof Y.ID;
}

/**
 * Checks a commenter's update struct by struct, without applying it anywhere: it may only
 * add new comments (by its own author, whole and within the limits) under client ids the
 * sender holds, resolve or reopen a thread, or move a pinned thread. Nothing else: no GC or
 * skip structs, no other shared type, no other field, no change to another's comment text
 * or author, and no deletion except the value a resolve or move replaces. The cost is the
 * size of the update (plus a lookup per reference), never the size of the doc.
 */
export function checkCommentUpdate(
  doc: Y.Doc,
  update: DecodedUpdate,
  commenter: Commenter,
): CommentVerdict {
  const comments = mapDoc(doc).comments as unknown as Y.AbstractType<unknown>;
  const ownItems = new Map<number, Y.Item[]>();
  // Structs run per client in clock order; each client's run must follow on from the doc.
  let lastClient: number | undefined;
  let nextClock = 0;
  for (const struct of update.structs) {
    if (!(struct instanceof Y.Item)) return refuse('only new items may be sent');
    const { client, clock } = struct.id;
    if (client !== lastClient) {
      if (ownItems.has(client)) return refuse('structs out of order');
      if (clock > Y.getState(doc.store, client)) return refuse('structs with a gap before them');
      if (!commenter.mayWriteAs(client)) return refuse(`client id ${client} is not the sender's`);
      ownItems.set(client, []);
      lastClient = client;
    } else if (clock !== nextClock) {
      return refuse('structs with a gap between them');
    }
    nextClock = clock + struct.length;
    ownItems.get(client)?.push(struct);
  }

  const find = (id: Y.ID): Found => {
    const run = ownItems.get(id.client);
    const inUpdate = run?.find(
      (item) => item.id.clock <= id.clock && id.clock < item.id.clock + item.length,
    );
    if (inUpdate) return { where: 'update', item: inUpdate };
    if (id.clock >= Y.getState(doc.store, id.client)) return null;
    const struct = Y.getItem(doc.store, id) as Y.Item | Y.GC;
    return struct instanceof Y.Item ? { where: 'doc', item: struct } : null;
  };

  const parents = new Map<Y.Item, { parent: Parent; key: string | null } | null>();
  const placeOf = (item: Y.Item, depth = 0): { parent: Parent; key: string | null } | null => {
    if (parents.has(item)) return parents.get(item) ?? null;
    let place: { parent: Parent; key: string | null } | null = null;
    const parent = item.parent as unknown;
    if (typeof parent === 'string') {
      place = {
        parent: parent === 'comments' ? { kind: 'comments' } : { kind: 'elsewhere' },
        key: item.parentSub,
      };
    } else if (isId(parent)) {
      const holder = find(parent);
      if (holder && holder.item.content instanceof Y.ContentType) {
        place = { parent: containerOf(holder, comments), key: item.parentSub };
      }
    } else if (parent instanceof Y.AbstractType) {
      // An item of the doc itself.
      place = { parent: typeParent(parent, comments), key: item.parentSub };
    } else {
      const ref = item.origin ?? item.rightOrigin;
      const neighbour = ref ? find(ref) : null;
      // Chains of references are as long as the update; the depth bound only stops a loop.
      if (neighbour && depth < 10_000) {
        place =
          neighbour.where === 'update'
            ? placeOf(neighbour.item, depth + 1)
            : {
                parent: typeParent(neighbour.item.parent as Y.AbstractType<unknown>, comments),
                key: neighbour.item.parentSub,
              };
      }
    }
    parents.set(item, place);
    return place;
  };

  const newComments = new Map<
    Y.Item,
    { key: string; fields: Map<string, { clock: number; value: unknown }> }
  >();
  const rewritten = new Set<string>();
  const pending: Array<{ item: Y.Item; place: { parent: Parent; key: string | null } }> = [];
  for (const run of ownItems.values()) {
    for (const item of run) {
      // Already in the doc: Yjs skips it whole.
      if (item.id.clock + item.length <= Y.getState(doc.store, item.id.client)) continue;
      for (const ref of [item.origin, item.rightOrigin]) {
        if (ref && !find(ref)) return refuse('refers to something the map does not have');
      }
      const place = placeOf(item);
      if (!place) return refuse('refers to something the map does not have');
      if (place.key === null) return refuse('only map entries may be written');
      if (place.parent.kind === 'comments') {
        const key = place.key;
        if (!(item.content instanceof Y.ContentType) || !(item.content.type instanceof Y.Map)) {
          return refuse('a comment must be a map');
        }
        if ((comments as Y.Map<unknown>).has(key)) return refuse('replaces an existing comment');
        if ([...newComments.values()].some((c) => c.key === key))
          return refuse('one comment twice');
        newComments.set(item, { key, fields: new Map() });
        continue;
      }
      pending.push({ item, place });
    }
  }
  for (const { item, place } of pending) {
    const { parent } = place;
    const key = place.key as string;
    const value = plainValueOf(item);
    if (value === undefined) return refuse('a comment field must be a plain value');
    switch (parent.kind) {
      case 'new-comment': {
        const comment = newComments.get(parent.item);
        if (!comment) return refuse('writes inside something that is not a comment');
        if (!COMMENT_FIELDS.has(key)) return refuse(`a comment has no field "${key}"`);
        const was = comment.fields.get(key);
        if (!was || was.clock < item.id.clock)
          comment.fields.set(key, { clock: item.id.clock, value: value.value });
        break;
      }
      case 'comment': {
        const verdict = checkThreadChange(parent.map, key, value);
        if (verdict) return refuse(verdict);
        rewritten.add(`${idKey((parent.map._item as Y.Item).id)}/${key}`);
        break;
      }
      case 'comments':
      case 'elsewhere':
        return refuse('writes outside the comments');
      default: {
        const unhandled: never = parent;
        return refuse(`unknown place ${String(unhandled)}`);
      }
    }
  }

  for (const { key, fields } of newComments.values()) {
    const plain: Record<string, unknown> = { id: key };
    for (const [field, { value }] of fields) if (value !== DELETED) plain[field] = value;
    const parsed = commentSchema.safeParse(plain);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const at = issue?.path.join('.') || 'comment';
      return refuse(`${at}: ${issue?.message ?? 'invalid'}`);
    }
    const author = commenter.participant;
    if (!author) return refuse('the sender has not said who it is');
    if (parsed.data.authorId !== author.id || parsed.data.authorName !== authorName(author.name)) {
      return refuse('a comment must carry its sender as author');
    }
  }

  const deletions = checkDeletions(doc, update.ds, find, rewritten);
  if (deletions) return refuse(deletions);
  return { ok: true, comments: newComments.size };
}

const DELETED = Symbol('deleted');

/** The plain value an item sets, `DELETED` for a value already deleted, or undefined. */
function plainValueOf(item: Y.Item): { value: unknown } | undefined {
  if (item.content instanceof Y.ContentDeleted) return { value: DELETED };
  if (item.content instanceof Y.ContentAny && item.content.arr.length === 1) {
    return { value: item.content.arr[0] };
  }
  return undefined;
}

/** The name a comment records for its author (as `addComment` writes it). */
function authorName(name: string): string {
  return name.trim().slice(0, 100) || 'Someone';
}

/** What a commenter may change on a comment already in the map: why not, or null if fine. */
function checkThreadChange(
  comment: Y.Map<unknown>,
  key: string,
  set: { value: unknown },
): string | null {
  if (set.value === DELETED) return null;
  switch (key) {
    case 'resolved':
      if (comment.has('replyTo')) return 'only a thread is resolved, not a reply';
      return typeof set.value === 'boolean' ? null : 'resolved must be true or false';
    case 'position':
      if (!comment.has('position')) return 'only a pinned thread is moved';
      return positionSchema.safeParse(set.value).success ? null : 'not a position';
    default:
      return `another's comment may not have its "${key}" changed`;
  }
}

/** Where a type lies: the comments map, a comment in it, or anywhere else. */
function typeParent(type: Y.AbstractType<unknown>, comments: Y.AbstractType<unknown>): Parent {
  if (type === comments) return { kind: 'comments' };
  if (type instanceof Y.Map && type._item?.parent === comments)
    return { kind: 'comment', map: type };
  return { kind: 'elsewhere' };
}

/** The parent an item of type content makes, for items that name it as their parent. */
function containerOf(holder: NonNullable<Found>, comments: Y.AbstractType<unknown>): Parent {
  if (holder.where === 'update') return { kind: 'new-comment', item: holder.item };
  return typeParent(
    (holder.item.content as Y.ContentType).type as Y.AbstractType<unknown>,
    comments,
  );
}

/**
 * A commenter may delete only what its own new items replace: values in its new comments,
 * and the old value of a thread's `resolved` or `position` it rewrites. Deleting what the
 * map does not have yet (a future clock range) is refused too.
 */
function checkDeletions(
  doc: Y.Doc,
  ds: DeleteSet,
  find: (id: Y.ID) => Found,
  rewritten: ReadonlySet<string>,
): string | null {
  for (const [client, ranges] of ds.clients) {
    for (const { clock, len } of ranges) {
      if (len <= 0) continue;
      let at = clock;
      const end = clock + len;
      while (at < end) {
        const found = find(Y.createID(client, at));
        if (!found) {
          // Already garbage collected, hence already deleted; or not in the map at all.
          if (at < Y.getState(doc.store, client)) {
            at += gcLength(doc, client, at);
            continue;
          }
          return 'deletes what the map does not have';
        }
        const { item } = found;
        if (found.where === 'doc' && !item.deleted) {
          const parent = item.parent;
          if (!(parent instanceof Y.Map) || !parent._item || item.parentSub === null) {
            return "deletes another's content";
          }
          if (!rewritten.has(`${idKey(parent._item.id)}/${item.parentSub}`))
            return "deletes another's content";
        }
        at = item.id.clock + item.length;
      }
    }
  }
  return null;
}

/** The length of the GC struct at a clock of the doc (at least 1, so a walk always advances). */
function gcLength(doc: Y.Doc, client: number, clock: number): number {
  const struct = Y.getItem(doc.store, Y.createID(client, clock)) as Y.Item | Y.GC;
  return Math.max(1, struct.id.clock + struct.length - clock);
}
