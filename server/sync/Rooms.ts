import * as Y from 'yjs';
import type { Logger } from '../log.ts';
import { AutoSnapshots } from '../maps/AutoSnapshots.ts';
import type { DocStore } from '../store/DocStore.ts';
import type { VersionStore } from '../store/VersionStore.ts';
import type { Connection } from './Connection.ts';
import { CLOSE_GOING_AWAY, CLOSE_TOKEN_REVOKED } from './closeCodes.ts';
import { onDocChange } from './docChanges.ts';
import { Room } from './Room.ts';
import type { Relay } from './relay/Relay.ts';

export interface RoomsOptions {
  store: DocStore;
  /** Where automatic versions go (server/maps/AutoSnapshots.ts); without it, none are kept. */
  versions?: Pick<VersionStore, 'saveVersion'>;
  log: Logger;
  compactEvery: number;
  /** The other processes serving the same maps (Redis), when there are any. */
  relay?: Relay;
  /** Told when a room's store refused an update. */
  onStoreFailure?: () => void;
}

/**
 * Every loaded room, by map id. A room is created by its first socket and unloaded when its
 * last one leaves; a socket that arrives while its room is unloading waits, then starts a new
 * room, so it never joins a doc that is being torn down.
 */
export class Rooms {
  private readonly rooms = new Map<string, Room>();
  private readonly history = new Map<Room, AutoSnapshots>();
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly options: RoomsOptions;

  constructor(options: RoomsOptions) {
    this.options = options;
    options.relay?.onRevoked((mapId, tokenHash) => {
      const closed = this.closeLocalToken(mapId, tokenHash, CLOSE_TOKEN_REVOKED, 'link revoked');
      if (closed > 0) options.log.info('closed revoked sockets', { mapId, closed });
      return closed;
    });
    options.relay?.onProcessGone((processId) => {
      for (const room of this.rooms.values()) room.relay?.processGone(processId);
    });
    options.relay?.onReconnected(() => {
      for (const room of this.rooms.values()) {
        this.catchUp(room).catch((error: unknown) =>
          options.log.error('could not reload a room', { error, mapId: room.mapId }),
        );
      }
    });
  }

  /**
   * The stored doc of a map changed outside its rooms (a restore with nobody on it here):
   * the other processes' rooms reload it.
   */
  changedInStore(mapId: string): void {
    this.options.relay?.publish(mapId, { kind: 'reload' });
  }

  /** The loaded room of a map, if any (e.g. to read the live title). */
  get(mapId: string): Room | undefined {
    return this.rooms.get(mapId);
  }

  /** Puts a socket in its map's room. */
  async join(conn: Connection): Promise<void> {
    for (let pending = this.unloading.get(conn.mapId); pending; ) {
      await pending;
      pending = this.unloading.get(conn.mapId);
    }
    // It may have closed while it waited; its close handler found no room to leave.
    if (!conn.isOpen) return;
    let room = this.rooms.get(conn.mapId);
    if (!room) {
      room = new Room({
        ...this.options,
        mapId: conn.mapId,
        log: this.options.log.child({ mapId: conn.mapId }),
        onEmpty: (empty) => this.unload(empty),
      });
      this.rooms.set(conn.mapId, room);
      this.keepHistory(room);
    }
    room.add(conn);
  }

  /** Takes a closed socket out of its room. */
  leave(conn: Connection): void {
    this.rooms.get(conn.mapId)?.remove(conn);
  }

  /**
   * Closes every socket of one token on one map, here and on every other process, e.g. when
   * its link is rotated; resolves to how many were closed in all (the others' counts once
   * they have answered).
   */
  async closeToken(
    mapId: string,
    tokenHash: string,
    code: number,
    reason: string,
  ): Promise<number> {
    const elsewhere = this.options.relay?.publishRevoked(mapId, tokenHash) ?? Promise.resolve(0);
    const here = this.closeLocalToken(mapId, tokenHash, code, reason);
    return here + (await elsewhere);
  }

  private closeLocalToken(mapId: string, tokenHash: string, code: number, reason: string): number {
    const room = this.rooms.get(mapId);
    if (!room) return 0;
    let closed = 0;
    for (const conn of room.connections) {
      if (conn.tokenHash !== tokenHash) continue;
      conn.close(code, reason);
      closed++;
    }
    return closed;
  }

  /**
   * After a gap on the relay: reloads the room, and closes sockets whose link was rotated on
   * another process meanwhile (that process's word of it may have been lost).
   */
  private async catchUp(room: Room): Promise<void> {
    await room.relay?.resync(true);
    const map = await this.options.store.getMap(room.mapId);
    if (!map) return;
    for (const conn of room.connections) {
      if (conn.tokenHash !== map.tokenHashes[conn.role]) {
        conn.close(CLOSE_TOKEN_REVOKED, 'link revoked');
      }
    }
  }

  /** Closes every socket and unloads (compacts) every room: for shutdown. */
  async close(): Promise<void> {
    for (const room of [...this.rooms.values()]) {
      for (const conn of room.connections) conn.close(CLOSE_GOING_AWAY, 'server shutting down');
      // Sockets close asynchronously; unload now rather than waiting for their close events.
      this.unload(room);
    }
    await Promise.all(this.unloading.values());
  }

  /** Keeps automatic versions of a room's map from the edits made once it is loaded. */
  private keepHistory(room: Room): void {
    const versions = this.options.versions;
    if (!versions) return;
    const history = new AutoSnapshots({
      mapId: room.mapId,
      store: versions,
      state: () => Y.encodeStateAsUpdate(room.doc),
      onError: (error) =>
        this.options.log.error('could not keep an automatic version', { error, mapId: room.mapId }),
    });
    this.history.set(room, history);
    // Loading the stored map is not an edit: listen from then on.
    void room.loaded.then(() => {
      if (this.history.get(room) === history) onDocChange(room.doc, () => history.edited());
    });
  }

  private unload(room: Room): void {
    if (this.rooms.get(room.mapId) !== room) return;
    this.rooms.delete(room.mapId);
    // The session is over: its last version is read from the doc before the room frees it.
    const history = this.history.get(room);
    this.history.delete(room);
    const ended = history?.end() ?? Promise.resolve();
    const done = Promise.all([room.unload(), ended])
      .then(() => undefined)
      .catch((error: unknown) =>
        this.options.log.error('unload failed', { error, mapId: room.mapId }),
      )
      .finally(() => {
        if (this.unloading.get(room.mapId) === done) this.unloading.delete(room.mapId);
      });
    this.unloading.set(room.mapId, done);
  }
}
