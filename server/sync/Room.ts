import { Awareness, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { mapDoc, migrateDoc } from '../../shared/ydoc/index.ts';
import type { Logger } from '../log.ts';
import { titleOf } from '../maps/readTitle.ts';
import type { DocStore } from '../store/DocStore.ts';
import { binaryFrame, type Framed } from './binaryFrame.ts';
import { Connection } from './Connection.ts';
import { CLOSE_INTERNAL_ERROR } from './closeCodes.ts';
import { changedDoc } from './docChanges.ts';
import { GroupCommit } from './GroupCommit.ts';
import { ClientIds } from './guard/ClientIds.ts';
import { Participants } from './guard/Participants.ts';
import { RoomGuard } from './guard/RoomGuard.ts';
import { handleMessage } from './handleMessage.ts';
import { type AllowsChange, judgeWrites } from './judgeWrites.ts';
import {
  awarenessMessage,
  rememberWholeDoc,
  syncStep1Message,
  syncStep2Of,
  updateFrame,
} from './protocol.ts';
import { RoomCompaction } from './RoomCompaction.ts';
import type { PlainWrites } from './readClientUpdate.ts';
import type { Relay } from './relay/Relay.ts';
import { RELAY_ORIGIN, RoomRelay } from './relay/RoomRelay.ts';

export interface RoomOptions {
  mapId: string;
  store: DocStore;
  log: Logger;
  /** Updates between compactions of the store's log into one snapshot. */
  compactEvery: number;
  /** Called once when the last connection has left; the registry then unloads the room. */
  onEmpty: (room: Room) => void;
  /** The other processes serving this map (Redis), when there are any. */
  relay?: Relay;
  /** Told when the store refused an update (the room then closes its sockets). */
  onStoreFailure?: () => void;
  /**
   * How long a move sent on before it was applied may wait (default APPLY_SENT_AHEAD_MS). A
   * test that acts while a move waits sets it longer, so that a slow turn of a loaded
   * machine's event loop cannot apply the move before the test's next step.
   */
  applySentAheadMs?: number;
}

type Phase = 'loading' | 'ready' | 'failed' | 'unloaded';

/** A batch of updates as one (merged when it holds several). */
function merged(batch: readonly Uint8Array[]): Uint8Array {
  return batch.length === 1 ? (batch[0] as Uint8Array) : Y.mergeUpdates(batch as Uint8Array[]);
}

/**
 * Resolves after the event loop has taken in what arrived meanwhile: an immediate runs after
 * the loop's current phase, so the second one runs after a whole turn, its I/O included.
 */
async function aTurnOfTheLoop(): Promise<void> {
  for (let hop = 0; hop < 2; hop++) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * How long a client's update sent on before it was applied (Room.sendAhead) may wait to be
 * applied, when nothing reads the doc meanwhile: long enough for the sends to be on their way
 * and the turn's other sockets answered first.
 */
export const APPLY_SENT_AHEAD_MS = 1;

/** Awareness 'update' events carry which clients changed. */
interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * One map's live doc and the sockets editing it. The doc is loaded from the store before any
 * socket hears a sync message; each update is stored before it is broadcast.
 *
 * Group commit (GroupCommit): the updates applied during one turn of the event loop are
 * appended in one store transaction (one sync to disk for all of them), and broadcast once it
 * has committed.
 * Under load that is one fsync per tick instead of one per update, and nothing is ever
 * broadcast that a crash could take back.
 */
export class Room {
  readonly mapId: string;
  /**
   * The doc itself, without what waits to be applied: only for what runs inside its
   * transactions or listens to them. Everything else reads `doc`.
   */
  private readonly liveDoc = new Y.Doc({ gc: true });
  /** Clients' updates stored and sent on, waiting to be applied (sendAhead), in order. */
  private sentAhead: { conn: Connection; update: Uint8Array; writes: PlainWrites }[] = [];
  private applyTimer: NodeJS.Timeout | undefined;
  readonly awareness: Awareness;
  readonly connections = new Set<Connection>();
  /**
   * Which socket holds each Yjs client id (see ClientIds). It reads the doc itself, for a
   * viewer's claim of an id no socket has held in this room: what waits to be applied was sent
   * under ids its sender holds already, so it never changes that answer.
   */
  readonly clientIds = new ClientIds(this.liveDoc);
  /** Which socket speaks for each participant id. */
  readonly participants = new Participants();
  /** Settles when the doc is loaded (or loading failed; the room then closes its sockets). */
  readonly loaded: Promise<void>;
  private readonly store: DocStore;
  private readonly log: Logger;
  private readonly onEmpty: (room: Room) => void;
  private readonly onStoreFailure: (() => void) | undefined;
  private readonly applySentAheadMs: number;
  private phase: Phase = 'loading';
  private guard: RoomGuard | undefined;
  private readonly compaction: RoomCompaction;
  /** Stores what the doc's sockets change, and broadcasts each batch once it is stored. */
  private readonly commits: GroupCommit<Connection>;
  /**
   * Transactions that began while the doc held structs or deletions waiting for ones they
   * build on: an update may complete them, and what its transaction adds is then not all its
   * sender's own.
   */
  private readonly begunWithPending = new WeakSet<Y.Transaction>();
  /** A client's update while it is applied (applyClientUpdate): its bytes, as sent. */
  private incoming: Uint8Array | undefined;
  /** Whether `incoming` was stored and sent on before it was applied (sendAhead). */
  private incomingSentAhead = false;
  /** Whether an update was sent ahead in this turn of the loop: the turn's others wait for it. */
  private sentAheadThisTurn = false;
  /** Whether the doc's `update` event is listened to (see onCleanup). */
  private encodingUpdates = false;
  /** Updates from the other processes this turn of the loop, waiting to be handed on. */
  private relayed: Uint8Array[] = [];
  /** This room on the other processes, when there are any. */
  readonly relay: RoomRelay | undefined;
  /**
   * While the doc is built: the stored doc as it was read, and once a joiner that holds
   * nothing wants it, as a sync step 2 with its state vector (see add).
   */
  private storedParts: readonly Uint8Array[] | undefined;
  private storedReply: Uint8Array | undefined;
  /** Sockets sent the stored doc, until the doc built from it tells its state vector. */
  private readonly sentStored = new Set<Connection>();
  /** The stored doc's state vector, once the doc is built from it. */
  private storedState: Uint8Array | undefined;

  constructor(options: RoomOptions) {
    this.mapId = options.mapId;
    this.store = options.store;
    this.log = options.log;
    this.onEmpty = options.onEmpty;
    this.commits = new GroupCommit({
      store: (updates) => this.store.appendUpdates(this.mapId, updates),
      onStored: (batch, sender) => this.onStored(batch, sender),
      onFailed: (error) => this.failStorage(error),
    });
    this.onStoreFailure = options.onStoreFailure;
    this.applySentAheadMs = options.applySentAheadMs ?? APPLY_SENT_AHEAD_MS;
    this.awareness = new Awareness(this.liveDoc);
    // The server is not a participant: it has no presence of its own.
    this.awareness.setLocalState(null);
    const room = this;
    this.relay = options.relay
      ? new RoomRelay(
          {
            mapId: this.mapId,
            get doc() {
              return room.doc;
            },
            awareness: this.awareness,
            clientIds: this.clientIds,
            participants: this.participants,
            isLive: () => this.phase === 'ready',
            localAwarenessClients: () =>
              [...this.connections].flatMap((conn) =>
                [...conn.awarenessClients].filter((id) => this.clientIds.holds(conn, id)),
              ),
          },
          options.relay,
          this.store,
          this.log,
        )
      : undefined;
    this.compaction = new RoomCompaction({
      mapId: this.mapId,
      store: this.store,
      log: this.log,
      compactEvery: options.compactEvery,
      shared: this.relay !== undefined,
      doc: () => this.doc,
      isLive: () => this.phase === 'ready',
    });
    this.loaded = this.load();
  }

  /**
   * The map's doc as stored: a client's update that was stored and sent on before it was
   * applied (sendAhead) is applied first.
   */
  get doc(): Y.Doc {
    this.applySentAhead();
    return this.liveDoc;
  }

  /** True once the doc is loaded from the store, until the room is unloaded. */
  get isReady(): boolean {
    return this.phase === 'ready';
  }

  /**
   * A socket joins: greeted at once if the doc is loaded, else as soon as it is. One whose
   * client holds nothing is sent the stored doc as soon as it is read, before the room's own
   * copy is built from it: the client decodes it while the server does. Everything it is
   * sent is stored, and what it sends waits for the room's guard like anyone's.
   */
  add(conn: Connection): void {
    this.connections.add(conn);
    if (this.phase === 'loading') this.sendStored(conn);
    if (this.phase === 'ready') this.greet(conn);
    // A room whose store failed takes no one in; the reconnect will find a fresh room.
    if (this.phase === 'failed') conn.close(CLOSE_INTERNAL_ERROR, 'map unavailable');
  }

  /**
   * A socket left: its presence goes with it (only the client ids it still holds; a newer
   * socket may have taken one back); the last one out empties the room.
   */
  remove(conn: Connection): void {
    if (!this.connections.delete(conn)) return;
    this.sentStored.delete(conn);
    this.participants.release(conn);
    conn.presence.destroy();
    const own = [...conn.awarenessClients].filter((id) => this.clientIds.holds(conn, id));
    if (this.phase === 'ready' && own.length > 0) {
      removeAwarenessStates(this.awareness, own, null);
    }
    if (this.connections.size === 0) this.onEmpty(this);
  }

  /**
   * Sends a reply computed from the doc as it is now once all of that doc is stored: a sync
   * step 2 must not hand a client an update a crash could still take back.
   */
  sendWhenStored(conn: Connection, message: Uint8Array): void {
    if (this.commits.idle) conn.send(message);
    else this.commits.afterStored(() => conn.send(message));
  }

  /** Settles once every update applied to the doc so far is stored and broadcast (or failed). */
  whenStored(): Promise<void> {
    if (this.commits.idle) return Promise.resolve();
    return new Promise((resolve) => this.commits.afterStored(resolve));
  }

  /** Compacts and frees the doc; waits for a load still under way. Idempotent. */
  async unload(): Promise<void> {
    await this.loaded;
    if (this.phase === 'unloaded') return;
    await this.commits.drain();
    this.applySentAhead();
    await this.compaction.settled;
    try {
      // Only a live doc is compacted (RoomCompaction.run).
      await this.compaction.run();
    } catch (error) {
      // Nothing is lost: every update is already in the log.
      this.log.error('compaction on unload failed', { error });
    }
    this.phase = 'unloaded';
    this.relay?.leave();
    this.guard?.destroy();
    this.awareness.destroy();
    this.liveDoc.destroy();
  }

  private async load(): Promise<void> {
    try {
      // Hear the other processes first: an update they store after this read still arrives.
      await this.relay?.ready;
      const parts = await this.store.loadDoc(this.mapId);
      this.storedParts = parts;
      for (const conn of this.connections) this.sendStored(conn);
      // Building the doc holds the event loop (a few hundred milliseconds for a whole
      // system): what came in meanwhile is answered first, such as the page's question about
      // the map, asked beside this socket, which it waits for to show the map it was sent.
      await aTurnOfTheLoop();
      this.liveDoc.transact(() => {
        for (const part of parts) Y.applyUpdate(this.liveDoc, part);
      });
      // What the joiners sent the stored doc hold: read from the doc, not decoded again.
      this.storedState = Y.encodeStateVector(this.liveDoc);
      for (const conn of this.sentStored) conn.sentStored = this.storedState;
      this.sentStored.clear();
      // One stored snapshot is the whole doc as it now stands; anything that changes it from
      // here (a migration, the guard, another process) makes the next joiner's copy afresh.
      if (parts.length === 1 && parts[0]) rememberWholeDoc(this.liveDoc, parts[0]);
      // Listen only now: replaying the store must not append it to the store again.
      this.liveDoc.on('beforeTransaction', this.onBeforeTransaction);
      this.liveDoc.on('afterTransactionCleanup', this.onCleanup);
      this.awareness.on('update', this.onAwarenessUpdate);
      // Updates already in the log count towards the next compaction.
      this.compaction.start(await this.store.pendingUpdateCount(this.mapId));
      const ran = migrateDoc(this.liveDoc);
      if (ran.length > 0) this.log.info('migrated doc', { migrations: ran });
      // The owner's and the server's own changes are trusted; everyone else's are checked.
      this.guard = new RoomGuard(
        this.liveDoc,
        (origin) => !(origin instanceof Connection) || origin.role === 'owner',
        // A ballot is cast only by the socket that speaks for its participant.
        (origin, participantId) =>
          !(origin instanceof Connection) || origin.participant?.id === participantId,
      );
      // The title goes into the map's row as it changes: another process, or this one once
      // the room is gone, reads it there without loading the doc.
      mapDoc(this.liveDoc).meta.observe(this.onMetaChange);
      this.phase = 'ready';
      this.forgetStored();
      this.relay?.start();
      this.log.debug('loaded', { parts: parts.length });
    } catch (error) {
      this.phase = 'failed';
      this.forgetStored();
      this.log.error('could not load the doc', { error });
      for (const conn of this.connections) conn.close(CLOSE_INTERNAL_ERROR, 'could not load map');
      return;
    }
    for (const conn of this.connections) this.greet(conn);
  }

  /** Sends the stored doc, as read, to a socket whose client holds nothing, once. */
  private sendStored(conn: Connection): void {
    const parts = this.storedParts;
    if (!conn.holdsNothing || conn.sentStored || !parts || parts.length === 0) return;
    if (this.sentStored.has(conn)) return;
    this.storedReply ??= syncStep2Of(merged(parts));
    conn.send(this.storedReply);
    if (this.storedState) conn.sentStored = this.storedState;
    else this.sentStored.add(conn);
  }

  private forgetStored(): void {
    this.storedParts = undefined;
    this.storedReply = undefined;
    this.storedState = undefined;
    this.sentStored.clear();
  }

  /**
   * Applies an update a client sent (its sender's client ids are claimed already), then the
   * guard. Once it is in the doc, those bytes are what is stored and broadcast (onCleanup),
   * not an encoding of what the transaction changed. Or they are stored and sent on first,
   * and applied a moment later (sendAhead).
   */
  readonly applyClientUpdate = (
    conn: Connection,
    update: Uint8Array,
    plain?: PlainWrites,
  ): void => {
    if (plain !== undefined && this.sendAhead(conn, update, plain)) {
      this.sentAhead.push({ conn, update, writes: plain });
      this.applyTimer ??= setTimeout(this.applySentAhead, this.applySentAheadMs);
      return;
    }
    this.applySentAhead();
    this.applyToDoc(conn, update, false);
  };

  /**
   * Applies the updates sent on before they were applied, in the order they came, each
   * followed by the guard as any client's update is (applyToDoc): when they are due, or before
   * anything reads the doc (`doc`).
   */
  private readonly applySentAhead = (): void => {
    if (this.sentAhead.length === 0) return;
    const waiting = this.sentAhead;
    this.sentAhead = [];
    clearTimeout(this.applyTimer);
    this.applyTimer = undefined;
    // An unloaded room's doc is gone; what it sent on is in the store's log.
    if (this.phase === 'unloaded') return;
    for (const { conn, update } of waiting) {
      try {
        this.applyToDoc(conn, update, true);
      } catch (error) {
        // It decoded whole (readClientUpdate), so Yjs has no reason to refuse it; the socket
        // goes, as for any update that will not apply.
        conn.log.error('an update sent on could not be applied', { error });
        conn.close(CLOSE_INTERNAL_ERROR, 'update not applied');
      }
    }
  };

  /**
   * Applies a client's update to the doc, then puts back what it may not change of the
   * owner's (locked elements, locks, votes, timer).
   */
  private applyToDoc(conn: Connection, update: Uint8Array, sentAhead: boolean): void {
    this.incoming = update;
    this.incomingSentAhead = sentAhead;
    try {
      Y.applyUpdate(this.liveDoc, update, conn);
    } finally {
      this.incoming = undefined;
      this.incomingSentAhead = false;
    }
    if (sentAhead) {
      // Counted once in the doc: a compaction it starts must find the update there.
      this.compaction.counted(1);
      if (this.guard?.hasBreaches) {
        this.log.error('an update sent on before it was applied broke a rule; undoing it');
      }
    }
    const restored = this.guard?.enforce() ?? [];
    if (restored.length > 0) {
      conn.log.warn('undid a change to what only the owner may change', { restored });
    }
  }

  /**
   * Stores a client's update and sends it on before applying it, when the doc tells that it
   * goes in whole and changes only what anyone may change (judgeWrites: a body moved, a field
   * of an unlocked element set again). The reference server sends a move once it has applied
   * it; this sends it after one write() to the journal, and applies it once the sends are on
   * their way: within APPLY_SENT_AHEAD_MS, or as soon as anything reads the doc (`doc`), the
   * next message from any socket included. Meanwhile the event loop is free for whatever else
   * came in, and the clients reading the move on a shared machine do not wait for a core
   * (docs/operations.md, "How fast, measured").
   *
   * It need not wait for the apply of another client's move sent on just before it, when it
   * does not build on that move (goesAhead).
   *
   * Only the first such update of a turn of the loop, while nothing else waits to be stored:
   * the turn's later updates go into the turn's batch, one message for all of them, which a
   * busy room needs (see GroupCommit), and stay behind this one. Only where the store appends
   * without waiting (SQLite with its journal); PostgreSQL's commit waits for its disk.
   */
  private sendAhead(conn: Connection, update: Uint8Array, plain: PlainWrites): boolean {
    const guard = this.guard;
    if (!this.store.appendNow || !guard || this.phase !== 'ready') return false;
    if (this.sentAheadThisTurn || !this.commits.idle) return false;
    // Applying what waited (goesAhead) may have given the turn a batch to store: this goes
    // behind it.
    if (!this.goesAhead(plain, guard.allows) || !this.commits.idle) return false;
    try {
      this.store.appendNow(this.mapId, [update]);
    } catch (error) {
      // The batch path tries again, and closes the room if the store still refuses it.
      this.log.warn('could not store an update at once', { error });
      return false;
    }
    this.sentAheadThisTurn = true;
    setImmediate(this.endTurn);
    this.relay?.publishStored(update);
    this.broadcastFramed(updateFrame(update), conn);
    return true;
  }

  /**
   * Whether a plain update may be sent on before it is applied (judgeWrites). Judged first
   * against the doc without what waits to be applied, which it must not build on: a move
   * need not wait for the apply of another client's move made just before it. Else against
   * the doc as stored, what waits applied first.
   */
  private goesAhead(plain: PlainWrites, allows: AllowsChange): boolean {
    const waiting = this.sentAhead;
    if (waiting.length > 0) {
      const writes = waiting.map((each) => each.writes);
      if (judgeWrites(this.liveDoc, plain, allows, writes)) return true;
    }
    return judgeWrites(this.doc, plain, allows);
  }

  private readonly endTurn = (): void => {
    this.sentAheadThisTurn = false;
  };

  private greet(conn: Connection): void {
    conn.send(syncStep1Message(this.doc));
    const clients = [...this.awareness.getStates().keys()];
    if (clients.length > 0) conn.send(awarenessMessage(this.awareness, clients));
    conn.startHandling((data) => {
      const outcome = handleMessage(this, conn, data);
      if (outcome.ok) return;
      conn.log.warn('closing socket after a bad frame', {
        code: outcome.code,
        reason: outcome.reason,
      });
      conn.close(outcome.code, outcome.reason);
    });
  }

  /**
   * Writes the title into the map's row, one write at a time, each with the doc's title when
   * it runs: the row ends with the last, however the writes of several processes interleave.
   */
  private readonly onMetaChange = (event: Y.YMapEvent<unknown>): void => {
    if (!event.keysChanged.has('title')) return;
    this.titleWrites = this.titleWrites.then(async () => {
      const title = titleOf(this.doc);
      if (title === undefined || this.phase !== 'ready') return;
      try {
        await this.store.setTitle(this.mapId, title);
      } catch (error) {
        // The next compaction writes it too.
        this.log.warn('could not write the title', { error });
      }
    });
  };
  private titleWrites: Promise<void> = Promise.resolve();

  private readonly onBeforeTransaction = (transaction: Y.Transaction): void => {
    const { pendingStructs, pendingDs } = this.liveDoc.store;
    if (pendingStructs !== null || pendingDs !== null) this.begunWithPending.add(transaction);
  };

  /**
   * A transaction is over, just before Yjs encodes its update for the doc's `update` event
   * (only while someone listens to it). A client's update that went into the doc whole, with
   * nothing waiting before or after it, changed the doc by exactly what it holds: it is
   * stored and broadcast as it came, and Yjs encodes nothing (writing a move's update again
   * was a sixth of the room's work for it). Any other transaction (the guard's undoing, the
   * server's own changes, an update completing or leaving structs that wait for others, the
   * other processes' updates) is handed on as Yjs encodes it.
   */
  private readonly onCleanup = (transaction: Y.Transaction): void => {
    // The first transaction to end while a client's update is applied is that update's own;
    // any after it are the room's.
    const update = this.incoming;
    const sentAhead = this.incomingSentAhead;
    this.incoming = undefined;
    this.incomingSentAhead = false;
    const { pendingStructs, pendingDs } = this.liveDoc.store;
    const whole =
      update !== undefined &&
      transaction.origin instanceof Connection &&
      !this.begunWithPending.has(transaction) &&
      pendingStructs === null &&
      pendingDs === null;
    if (sentAhead && !whole)
      this.log.error('an update sent on before it was applied waits in the doc');
    if (whole && !sentAhead && changedDoc(transaction))
      this.commits.add(update, transaction.origin);
    if (whole === this.encodingUpdates) {
      this.encodingUpdates = !whole;
      if (whole) this.liveDoc.off('update', this.onDocUpdate);
      else this.liveDoc.on('update', this.onDocUpdate);
    }
  };

  private readonly onDocUpdate = (
    update: Uint8Array,
    origin: unknown,
    _doc: Y.Doc,
    transaction: Y.Transaction,
  ): void => {
    if (origin === RELAY_ORIGIN) {
      // Stored by the process it came from: this one only hands it on, with the others that
      // arrived in the same turn of the loop as one message.
      this.relayed.push(update);
      if (this.relayed.length === 1) setImmediate(this.sendRelayed);
      this.compaction.counted(1);
      return;
    }
    // A socket's own update, all of it from what it sent: it need not hear it back.
    const own = origin instanceof Connection && !this.begunWithPending.has(transaction);
    const sender = own ? origin : undefined;
    this.commits.add(update, sender);
  };

  private readonly sendRelayed = (): void => {
    const updates = this.relayed;
    this.relayed = [];
    if (this.phase !== 'ready' || updates.length === 0) return;
    this.broadcastFramed(
      updateFrame(updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates)),
    );
  };

  /**
   * A batch is stored: everyone hears it, on the other processes and here, as one update
   * encoded once. The other processes first: their clients' wait is this one's plus a hop
   * through Redis and a turn of another event loop, so the publish should not also wait for
   * this room's socket writes.
   *
   * Every socket gets the same message, one per batch (not one per update): that keeps a
   * busy room's sends, the server's largest cost, from growing with the batch. Only a batch
   * that one socket sent all of (`sender`: nearly every batch, one move) skips that socket,
   * which holds it already: one write fewer for the server, one message fewer for the client
   * to read. A batch with others' updates in it, or the guard's, goes to every socket, its
   * senders too (as from the reference server; a Yjs client applying its own change again
   * changes nothing): leaving out what each sender sent would cost a merge per sender, each
   * decoding the batch again. A sender still hears its own presence (onAwarenessUpdate), which
   * keeps the socket of a participant editing alone from falling silent.
   */
  private onStored(batch: readonly Uint8Array[], sender: Connection | undefined): void {
    if (this.phase !== 'ready' || batch.length === 0) return;
    const update = merged(batch);
    this.relay?.publishStored(update);
    this.broadcastFramed(updateFrame(update), sender);
    this.compaction.counted(batch.length);
  }

  /** One message to every socket, framed once: the same bytes are written to each. */
  private broadcast(message: Uint8Array): void {
    this.broadcastFramed({ message, frame: binaryFrame(message) });
  }

  /**
   * A message framed already (an update's frame is built with its message: updateFrame), to
   * every socket but `except`.
   */
  private broadcastFramed({ message, frame }: Framed, except?: Connection): void {
    for (const conn of this.connections) if (conn !== except) conn.send(message, frame);
  }

  /**
   * The store refused an update. Not broadcasting it and closing every socket keeps all
   * clients honest: when they reconnect the room is reloaded from the store, and the client
   * that made the change sends it again in its sync step 2.
   */
  private failStorage(error: unknown): void {
    this.log.error('could not store an update; closing the room', { error });
    this.phase = 'failed';
    this.onStoreFailure?.();
    for (const conn of this.connections) conn.close(CLOSE_INTERNAL_ERROR, 'could not store change');
    // Their sockets are closed, so replies go nowhere; whoever waits on whenStored is let go.
    this.commits.abandon();
  }

  private readonly onAwarenessUpdate = (changes: AwarenessChanges, origin: unknown): void => {
    if (origin instanceof Connection) {
      for (const id of [...changes.added, ...changes.updated]) origin.awarenessClients.add(id);
      for (const id of changes.removed) origin.awarenessClients.delete(id);
    }
    const changed = [...changes.added, ...changes.updated, ...changes.removed];
    // The sender hears its own presence back, as from the reference server: a y-websocket
    // client drops a socket that hears nothing for 30 s, and a participant alone on a quiet
    // map hears nothing else, so its presence renewals (every 15 s) keep it connected.
    this.broadcast(awarenessMessage(this.awareness, changed));
    // This process's sockets' presence, and its goodbyes (origin null: a socket closed). Each
    // process times out stale presence on its own, and relayed presence is not sent back.
    if (origin instanceof Connection || origin === null) this.relay?.publishAwareness(changed);
  };
}
