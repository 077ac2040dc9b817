import { Awareness, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { migrateDoc } from '../../shared/ydoc/index.ts';
import type { Logger } from '../log.ts';
import type { DocStore } from '../store/DocStore.ts';
import { Connection } from './Connection.ts';
import { CLOSE_INTERNAL_ERROR } from './closeCodes.ts';
import { RoomGuard } from './guard/RoomGuard.ts';
import { handleMessage } from './handleMessage.ts';
import { awarenessMessage, syncStep1Message, updateMessage } from './protocol.ts';

export interface RoomOptions {
  mapId: string;
  store: DocStore;
  log: Logger;
  /** Updates between compactions of the store's log into one snapshot. */
  compactEvery: number;
  /** Called once when the last connection has left; the registry then unloads the room. */
  onEmpty: (room: Room) => void;
}

type Phase = 'loading' | 'ready' | 'failed' | 'unloaded';

/** Awareness 'update' events carry which clients changed. */
interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * One map's live doc and the sockets editing it. The doc is loaded from the store before any
 * socket hears a sync message; each update is stored before it is broadcast.
 */
export class Room {
  readonly mapId: string;
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness: Awareness;
  readonly connections = new Set<Connection>();
  /** Settles when the doc is loaded (or loading failed; the room then closes its sockets). */
  readonly loaded: Promise<void>;
  private readonly store: DocStore;
  private readonly log: Logger;
  private readonly compactEvery: number;
  private readonly onEmpty: (room: Room) => void;
  private phase: Phase = 'loading';
  private guard: RoomGuard | undefined;
  private updatesSinceCompaction = 0;

  constructor(options: RoomOptions) {
    this.mapId = options.mapId;
    this.store = options.store;
    this.log = options.log;
    this.compactEvery = Math.max(1, options.compactEvery);
    this.onEmpty = options.onEmpty;
    this.awareness = new Awareness(this.doc);
    // The server is not a participant: it has no presence of its own.
    this.awareness.setLocalState(null);
    this.loaded = this.load();
  }

  /** A socket joins: greeted at once if the doc is loaded, else as soon as it is. */
  add(conn: Connection): void {
    this.connections.add(conn);
    if (this.phase === 'ready') this.greet(conn);
    // A room whose store failed takes no one in; the reconnect will find a fresh room.
    if (this.phase === 'failed') conn.close(CLOSE_INTERNAL_ERROR, 'map unavailable');
  }

  /** A socket left: its presence goes with it; the last one out empties the room. */
  remove(conn: Connection): void {
    if (!this.connections.delete(conn)) return;
    if (this.phase === 'ready' && conn.awarenessClients.size > 0) {
      removeAwarenessStates(this.awareness, [...conn.awarenessClients], null);
    }
    if (this.connections.size === 0) this.onEmpty(this);
  }

  /** Folds the store's log into a snapshot, if anything was appended since the last time. */
  compact(): void {
    if (this.phase !== 'ready' || this.updatesSinceCompaction === 0) return;
    this.store.compact(this.mapId, Y.encodeStateAsUpdate(this.doc));
    this.updatesSinceCompaction = 0;
    this.log.debug('compacted');
  }

  /** Compacts and frees the doc; waits for a load still under way. Idempotent. */
  async unload(): Promise<void> {
    await this.loaded;
    if (this.phase === 'unloaded') return;
    try {
      this.compact();
    } catch (error) {
      // Nothing is lost: every update is already in the log.
      this.log.error('compaction on unload failed', { error });
    }
    this.phase = 'unloaded';
    this.guard?.destroy();
    this.awareness.destroy();
    this.doc.destroy();
  }

  private async load(): Promise<void> {
    try {
      const parts = await this.store.loadDoc(this.mapId);
      this.doc.transact(() => {
        for (const part of parts) Y.applyUpdate(this.doc, part);
      });
      // Listen only now: replaying the store must not append it to the store again.
      this.doc.on('update', this.onDocUpdate);
      this.awareness.on('update', this.onAwarenessUpdate);
      // Updates already in the log count towards the next compaction.
      this.updatesSinceCompaction = this.store.pendingUpdateCount(this.mapId);
      const ran = migrateDoc(this.doc);
      if (ran.length > 0) this.log.info('migrated doc', { migrations: ran });
      // The owner's and the server's own changes are trusted; everyone else's are checked.
      this.guard = new RoomGuard(
        this.doc,
        (origin) => !(origin instanceof Connection) || origin.role === 'owner',
      );
      this.phase = 'ready';
      this.log.debug('loaded', { parts: parts.length });
    } catch (error) {
      this.phase = 'failed';
      this.log.error('could not load the doc', { error });
      for (const conn of this.connections) conn.close(CLOSE_INTERNAL_ERROR, 'could not load map');
      return;
    }
    for (const conn of this.connections) this.greet(conn);
  }

  /** Puts back what a client changed of the owner's (locked elements, locks, votes, timer). */
  readonly afterClientUpdate = (conn: Connection): void => {
    const restored = this.guard?.enforce() ?? [];
    if (restored.length > 0) {
      conn.log.warn('undid a change to what only the owner may change', { restored });
    }
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

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    try {
      this.store.appendUpdate(this.mapId, update);
    } catch (error) {
      this.failStorage(error);
      return;
    }
    const message = updateMessage(update);
    for (const conn of this.connections) if (conn !== origin) conn.send(message);
    this.updatesSinceCompaction++;
    if (this.updatesSinceCompaction < this.compactEvery) return;
    try {
      this.compact();
    } catch (error) {
      this.log.error('compaction failed', { error });
    }
  };

  /**
   * The store refused an update. Not broadcasting it and closing every socket keeps all
   * clients honest: when they reconnect the room is reloaded from the store, and the client
   * that made the change sends it again in its sync step 2.
   */
  private failStorage(error: unknown): void {
    this.log.error('could not store an update; closing the room', { error });
    this.phase = 'failed';
    for (const conn of this.connections) conn.close(CLOSE_INTERNAL_ERROR, 'could not store change');
  }

  private readonly onAwarenessUpdate = (changes: AwarenessChanges, origin: unknown): void => {
    if (origin instanceof Connection) {
      for (const id of [...changes.added, ...changes.updated]) origin.awarenessClients.add(id);
      for (const id of changes.removed) origin.awarenessClients.delete(id);
    }
    const changed = [...changes.added, ...changes.updated, ...changes.removed];
    const message = awarenessMessage(this.awareness, changed);
    for (const conn of this.connections) if (conn !== origin) conn.send(message);
  };
}
