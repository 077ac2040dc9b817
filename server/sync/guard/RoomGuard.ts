import { equalityDeep } from 'lib0/function';
import * as Y from 'yjs';
import { TIMER_KEY, VIEWERS_MAY_COMMENT_KEY } from '../../../shared/ydoc/facilitation.ts';
import { type MapDoc, mapDoc } from '../../../shared/ydoc/layout.ts';
import { lockedElementIds } from '../../../shared/ydoc/locks.ts';
import { VOTE_CHOICES } from '../../../shared/ydoc/votes.ts';
import type { AllowsChange, SharedType } from '../judgeWrites.ts';
import { ballotChanges, overriddenBallot } from './ballotChanges.ts';
import { footprintIntrusions, type Intrusion } from './footprintIntrusions.ts';
import { type OverlongLabel, overlongLabels } from './overlongLabels.ts';
import { touchedBy } from './touched.ts';

/** The origin of the server's compensating changes: sent to every client, the offender too. */
export const GUARD_ORIGIN = { kind: 'guard' } as const;

/** Meta keys only the owner may change: the countdown, viewers' comments, the map's name. */
const OWNER_META_KEYS = [TIMER_KEY, VIEWERS_MAY_COMMENT_KEY, 'title', 'description'] as const;

type Json = Record<string, unknown>;
type Collection = 'nodes' | 'edges';

/** What a change by someone other than the owner broke, waiting to be put right. */
interface Breaches {
  elements: Set<`${Collection}:${string}`>;
  locks: boolean;
  meta: Set<string>;
  votes: Set<string>;
  /** Ballots written by someone other than their participant: `elementId` → participant ids. */
  ballots: Map<string, Set<string>>;
  /** Bodies brought into a locked footprint. */
  intrusions: Intrusion[];
  /** Labels written past the limit. */
  labels: OverlongLabel[];
}

function noBreaches(): Breaches {
  return {
    elements: new Set(),
    locks: false,
    meta: new Set(),
    votes: new Set(),
    ballots: new Map(),
    intrusions: [],
    labels: [],
  };
}

function isChoice(value: unknown): boolean {
  return typeof value === 'string' && (VOTE_CHOICES as readonly string[]).includes(value);
}

function toJson(value: unknown): unknown {
  return value instanceof Y.AbstractType ? value.toJSON() : value;
}

/**
 * Enforces the owner's rights in a room's doc (docs/workshops.md, "What only the
 * facilitator may change"): locked elements, the locks themselves, the opening and closing of votes, the
 * countdown and the viewers' right to comment change only by the owner (or the server); no
 * one else brings a body into a locked footprint; a ballot is written only by its participant.
 *
 * A change by anyone else is not refused (refusing an update would leave that client's later
 * updates pending forever): it is applied, then undone by a compensating change that every
 * client receives. To know what to put back, the guard keeps a plain copy of everything it
 * protects, refreshed after each change it allows.
 */
export class RoomGuard {
  private readonly doc: Y.Doc;
  private readonly types: MapDoc;
  private readonly isPrivileged: (origin: unknown) => boolean;
  private readonly mayCastAs: (origin: unknown, participantId: string) => boolean;
  private locked = new Set<string>();
  private readonly elements = new Map<string, Json>();
  private locks: Json = {};
  private meta: Json = {};
  private votes: Record<string, Json> = {};
  private breaches = noBreaches();

  /**
   * `isPrivileged` tells the owner's (and the server's own) transactions from the others;
   * `mayCastAs` whether a transaction's origin speaks for a participant (whose ballot it is).
   */
  constructor(
    doc: Y.Doc,
    isPrivileged: (origin: unknown) => boolean,
    mayCastAs: (origin: unknown, participantId: string) => boolean = () => true,
  ) {
    this.doc = doc;
    this.types = mapDoc(doc);
    this.isPrivileged = isPrivileged;
    this.mayCastAs = mayCastAs;
    this.refreshAll();
    doc.on('afterTransaction', this.onTransaction);
  }

  destroy(): void {
    this.doc.off('afterTransaction', this.onTransaction);
  }

  /** Whether changes are waiting to be undone. */
  get hasBreaches(): boolean {
    const b = this.breaches;
    return (
      b.elements.size > 0 ||
      b.locks ||
      b.meta.size > 0 ||
      b.votes.size > 0 ||
      b.ballots.size > 0 ||
      b.intrusions.length > 0 ||
      b.labels.length > 0
    );
  }

  /**
   * Undoes what others changed of the owner's, in one transaction; returns what was put back
   * (for the log), or an empty list.
   */
  enforce(): string[] {
    if (!this.hasBreaches) return [];
    const breaches = this.breaches;
    this.breaches = noBreaches();
    const restored: string[] = [];
    this.doc.transact(() => {
      for (const key of breaches.elements) {
        const [collection, id] = key.split(':') as [Collection, string];
        this.restoreElement(collection, id);
        restored.push(key);
      }
      if (breaches.locks) {
        syncPlain(this.types.locks as Y.Map<unknown>, this.locks);
        restored.push('locks');
      }
      for (const key of breaches.meta) {
        setPlain(this.types.meta, key, this.meta[key]);
        restored.push(`meta:${key}`);
      }
      for (const id of breaches.votes) {
        this.restoreVote(id);
        restored.push(`votes:${id}`);
      }
      for (const [id, participants] of breaches.ballots) {
        if (breaches.votes.has(id)) continue;
        const ballots = this.types.votes.get(id);
        if (!(ballots instanceof Y.Map)) continue;
        for (const participant of participants) {
          setPlain(ballots as Y.Map<unknown>, participant, this.votes[id]?.[participant]);
          restored.push(`ballot:${id}:${participant}`);
        }
      }
      for (const { collection, id, label } of breaches.labels) {
        const element = this.types[collection].get(id);
        if (element instanceof Y.Map) setPlain(element as Y.Map<unknown>, 'label', label);
        restored.push(`label:${id}`);
      }
      for (const intrusion of breaches.intrusions) {
        this.undoIntrusion(intrusion);
        restored.push(`footprint:${intrusion.id}`);
      }
    }, GUARD_ORIGIN);
    return restored;
  }

  /**
   * Whether a transaction touched nothing the guard keeps: only fields of elements that are
   * not locked, other than a label or a footprint (`parentId`), and anything outside the
   * elements, locks, meta and votes (comments). Most edits are such (a body moved, a field
   * typed in), and are told apart in one pass with nothing allocated.
   */
  private isUnguarded(transaction: Y.Transaction): boolean {
    for (const [type, keys] of transaction.changed) {
      if (!this.isUnguardedIn(type, keys.has('label') || keys.has('parentId'))) return false;
    }
    return true;
  }

  /**
   * Whether anyone may change `key` of `type` without the guard looking: what isUnguarded
   * asks of each type a transaction changed, asked before an update is applied
   * (judgeWrites).
   */
  readonly allows: AllowsChange = (type, key) =>
    this.isUnguardedIn(type, key === 'label' || key === 'parentId');

  /** Whether a change in `type` is unguarded; `guardedKey`: it changed a label or footprint. */
  private isUnguardedIn(type: SharedType, guardedKey: boolean): boolean {
    const { nodes, edges, locks, meta, votes } = this.types;
    let entry = type._item;
    // A top-level map itself: an element, lock, vote or meta key added, set or deleted.
    if (entry === null) return false;
    let parent = entry.parent as Y.AbstractType<unknown>;
    const direct = parent._item === null;
    while (parent._item !== null) {
      entry = parent._item;
      parent = entry.parent as Y.AbstractType<unknown>;
    }
    if (parent === locks || parent === meta || parent === votes) return false;
    if (parent !== nodes && parent !== edges) return true;
    if (direct && guardedKey) return false;
    return entry.parentSub !== null && !this.locked.has(entry.parentSub);
  }

  private readonly onTransaction = (transaction: Y.Transaction): void => {
    if (this.isUnguarded(transaction)) return;
    const { direct, inside } = touchedBy(transaction);
    const { nodes, edges, locks, meta, votes } = this.types;
    const privileged = this.isPrivileged(transaction.origin);
    // Anyone's, the owner's too: an element with an overlong label drops out of every export.
    if (transaction.origin !== GUARD_ORIGIN) {
      this.breaches.labels.push(
        ...overlongLabels(transaction, {
          nodes: nodes as Y.Map<unknown>,
          edges: edges as Y.Map<unknown>,
        }),
      );
    }
    const elementKeys: Array<`${Collection}:${string}`> = [];
    for (const [collection, type] of [
      ['nodes', nodes],
      ['edges', edges],
    ] as const) {
      for (const id of [...(direct.get(type) ?? []), ...(inside.get(type) ?? [])]) {
        elementKeys.push(`${collection}:${id}`);
      }
    }
    const locksTouched = direct.has(locks) || inside.has(locks);
    const metaTouched = [...(direct.get(meta) ?? [])].filter((key) =>
      (OWNER_META_KEYS as readonly string[]).includes(key),
    );
    const votesOpenedOrClosed = direct.get(votes) ?? new Set<string>();

    if (!privileged) {
      for (const key of elementKeys) {
        if (this.locked.has(key.slice(key.indexOf(':') + 1))) this.breaches.elements.add(key);
      }
      if (locksTouched) this.breaches.locks = true;
      for (const key of metaTouched) this.breaches.meta.add(key);
      for (const id of votesOpenedOrClosed) this.breaches.votes.add(id);
    } else {
      if (locksTouched) this.locks = this.types.locks.toJSON();
      for (const key of metaTouched) this.meta[key] = toJson(meta.get(key));
      for (const key of elementKeys) {
        const id = key.slice(key.indexOf(':') + 1);
        if (this.locked.has(id)) this.cacheElement(key);
      }
    }
    // Ballots are cast by their own participant; opening and closing is the owner's.
    for (const { elementId, participantId } of ballotChanges(
      transaction,
      votes as Y.Map<unknown>,
    )) {
      const ballots = votes.get(elementId);
      const value = ballots instanceof Y.Map ? ballots.get(participantId) : undefined;
      const allowed =
        this.mayCastAs(transaction.origin, participantId) &&
        (value === undefined || isChoice(value)) &&
        (privileged || !votesOpenedOrClosed.has(elementId));
      if (!allowed) {
        const keys = this.breaches.ballots.get(elementId) ?? new Set<string>();
        keys.add(participantId);
        this.breaches.ballots.set(elementId, keys);
        continue;
      }
      // The participant's own write lost to a concurrent one (a forged ballot, or the guard
      // putting back the one before): their newest choice is put back over it.
      const lost =
        ballots instanceof Y.Map
          ? overriddenBallot(transaction, ballots as Y.Map<unknown>, participantId)
          : undefined;
      const wanted = isChoice(lost) && lost !== value ? lost : value;
      if (wanted !== value) {
        const keys = this.breaches.ballots.get(elementId) ?? new Set<string>();
        keys.add(participantId);
        this.breaches.ballots.set(elementId, keys);
      }
      const cached = this.votes[elementId] ?? {};
      if (wanted === undefined) delete cached[participantId];
      else cached[participantId] = wanted;
      this.votes[elementId] = cached;
    }
    if (privileged) {
      for (const id of votesOpenedOrClosed) {
        const ballots = votes.get(id);
        if (ballots instanceof Y.Map) this.votes[id] = ballots.toJSON();
        else delete this.votes[id];
      }
    }
    // Which elements are locked changes with the locks, and with nodes coming, going or
    // changing footprint (not with ordinary edits, which would make every edit cost O(n)).
    const nodesMoved = direct.has(nodes) || parentChanged(transaction, nodes as Y.Map<unknown>);
    if ((locksTouched && privileged) || (nodesMoved && Object.keys(this.locks).length > 0)) {
      // Someone else moving a locked body out of its locked footprint must not free it,
      // nor bring one in: that is undone, and the body stays as free as it was.
      const before = this.locked;
      this.relock(privileged);
      if (!privileged) this.noteIntrusions(transaction, before);
    }
  };

  private noteIntrusions(transaction: Y.Transaction, before: ReadonlySet<string>): void {
    const newly = new Set([...this.locked].filter((id) => !before.has(id)));
    if (newly.size === 0) return;
    const intrusions = footprintIntrusions(transaction, this.types.nodes as Y.Map<unknown>, newly);
    if (intrusions.length === 0) return;
    this.breaches.intrusions.push(...intrusions);
    // Not locked: once put back, they are outside every locked footprint again.
    for (const id of newly) {
      this.locked.delete(id);
      this.elements.delete(`nodes:${id}`);
    }
  }

  private undoIntrusion(intrusion: Intrusion): void {
    const { nodes } = this.types;
    switch (intrusion.kind) {
      case 'added':
        if (nodes.has(intrusion.id)) nodes.delete(intrusion.id);
        return;
      case 'moved': {
        const node = nodes.get(intrusion.id);
        if (!(node instanceof Y.Map)) return;
        setPlain(node as Y.Map<unknown>, 'parentId', intrusion.parentId);
        if (intrusion.position !== undefined)
          setPlain(node as Y.Map<unknown>, 'position', intrusion.position);
        return;
      }
      default: {
        const unhandled: never = intrusion;
        throw new Error(`unknown intrusion ${String(unhandled)}`);
      }
    }
  }

  /** Brings the set of locked elements up to date; only a trusted change may shrink it. */
  private relock(mayRelease: boolean): void {
    // From the guard's own copy of the locks: the doc's may just have been tampered with.
    const now = lockedElementIds(this.doc, Object.keys(this.locks));
    for (const id of now) {
      if (this.locked.has(id)) continue;
      this.cacheElement(this.types.edges.has(id) ? `edges:${id}` : `nodes:${id}`);
    }
    for (const id of this.locked) {
      if (now.has(id)) continue;
      if (!mayRelease) {
        now.add(id);
        continue;
      }
      this.elements.delete(`nodes:${id}`);
      this.elements.delete(`edges:${id}`);
    }
    this.locked = now;
  }

  private refreshAll(): void {
    const { locks, meta, votes } = this.types;
    this.locks = locks.toJSON();
    for (const key of OWNER_META_KEYS) this.meta[key] = toJson(meta.get(key));
    this.votes = votes.toJSON() as Record<string, Json>;
    this.locked = new Set();
    this.elements.clear();
    this.relock(true);
  }

  private cacheElement(key: string): void {
    const [collection, id] = key.split(':') as [Collection, string];
    const element = this.types[collection].get(id);
    if (element instanceof Y.Map) this.elements.set(key, element.toJSON());
    else this.elements.delete(key);
  }

  private restoreElement(collection: Collection, id: string): void {
    const wanted = this.elements.get(`${collection}:${id}`);
    const type = this.types[collection];
    const current = type.get(id);
    if (!wanted) {
      if (current !== undefined) type.delete(id);
      return;
    }
    if (current instanceof Y.Map) {
      syncElement(current, wanted);
      return;
    }
    // Into the doc first: syncElement reads what it writes over, and Yjs reads nothing of a
    // type that is not yet in a doc.
    const element = new Y.Map<unknown>();
    type.set(id, element);
    syncElement(element, wanted);
  }

  private restoreVote(id: string): void {
    const { votes } = this.types;
    const wanted = this.votes[id];
    if (!wanted) {
      if (votes.has(id)) votes.delete(id);
      return;
    }
    const current = votes.get(id);
    if (current instanceof Y.Map) {
      syncPlain(current as Y.Map<unknown>, wanted);
      return;
    }
    const ballots = new Y.Map<string>();
    for (const [participant, choice] of Object.entries(wanted)) {
      ballots.set(participant, String(choice));
    }
    votes.set(id, ballots);
  }
}

/** Whether a transaction changed some node's footprint (`parentId`). */
function parentChanged(transaction: Y.Transaction, nodes: Y.Map<unknown>): boolean {
  for (const [type, keys] of transaction.changed) {
    if (type._item?.parent === nodes && keys.has('parentId')) return true;
  }
  return false;
}

function setPlain(map: Y.Map<unknown>, key: string, wanted: unknown): void {
  if (wanted === undefined) {
    if (map.has(key)) map.delete(key);
  } else if (!map.has(key) || !equalityDeep(toJson(map.get(key)), wanted)) {
    map.set(key, wanted);
  }
}

/** Makes a map of plain values equal `wanted`, writing only what differs. */
function syncPlain(map: Y.Map<unknown>, wanted: Json): void {
  for (const key of [...map.keys()]) if (!(key in wanted)) map.delete(key);
  for (const [key, value] of Object.entries(wanted)) setPlain(map, key, value);
}

/** Makes an element equal its copy: plain fields, and its attrs as a nested map. */
function syncElement(element: Y.Map<unknown>, wanted: Json): void {
  for (const key of [...element.keys()]) if (!(key in wanted)) element.delete(key);
  for (const [key, value] of Object.entries(wanted)) {
    if (key !== 'attrs') {
      setPlain(element, key, value);
      continue;
    }
    let attrs = element.get('attrs');
    if (!(attrs instanceof Y.Map)) {
      attrs = new Y.Map<unknown>();
      element.set('attrs', attrs);
    }
    syncPlain(attrs as Y.Map<unknown>, (value ?? {}) as Json);
  }
}
