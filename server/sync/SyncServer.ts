import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../log.ts';
import type { DocStore } from '../store/DocStore.ts';
import type { VersionStore } from '../store/VersionStore.ts';
import { authorizeUpgrade, type UpgradeDecision } from './authorizeUpgrade.ts';
import { Connection } from './Connection.ts';
import { CLOSE_UNSUPPORTED_DATA } from './closeCodes.ts';
import { startKeepalive } from './keepalive.ts';
import { Rooms } from './Rooms.ts';
import { rejectUpgrade } from './rejectUpgrade.ts';
import type { Relay } from './relay/Relay.ts';

export interface SyncServerOptions {
  store: DocStore;
  /** Where automatic versions go; without it, rooms keep none. */
  versions?: Pick<VersionStore, 'saveVersion'>;
  log: Logger;
  /** Frames larger than this are refused by ws (close 1009). */
  maxMessageBytes: number;
  compactEvery: number;
  keepaliveMs?: number;
  /** The other processes serving the same maps (Redis), when there are any. */
  relay?: Relay;
}

/** ws hands frames over as Buffer, ArrayBuffer or Buffer[] depending on settings. */
function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** The y-websocket endpoint: checks each upgrade, then runs the socket in its map's room. */
export class SyncServer {
  readonly rooms: Rooms;
  private readonly wss: WebSocketServer;
  private readonly options: SyncServerOptions;
  private readonly connections = new Set<Connection>();
  private readonly stopKeepalive: () => void;
  /**
   * Set when a room could not store an update: until the store takes writes again, sockets
   * are refused with the reason (503) instead of opened and closed (1011) in a loop, and
   * clients keep their changes and back off.
   */
  private storeFailing = false;

  constructor(options: SyncServerOptions) {
    this.options = options;
    this.rooms = new Rooms({
      ...options,
      onStoreFailure: () => {
        this.storeFailing = true;
      },
    });
    // No permessage-deflate: Connection writes its frames to the socket's stream itself.
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: options.maxMessageBytes,
      perMessageDeflate: false,
    });
    this.stopKeepalive = startKeepalive(() => this.connections, options.keepaliveMs);
  }

  /** The http server's 'upgrade' handler. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', (error) => this.options.log.debug('upgrade socket error', { error }));
    this.storeProblem()
      .then((problem) => {
        if (problem === undefined) return authorizeUpgrade(req, this.options.store);
        rejectUpgrade(socket, 503, 'store_unwritable', problem);
        return undefined;
      })
      .then(
        (decision) => decision && this.upgrade(req, socket, head, decision),
        (error: unknown) => {
          this.options.log.error('could not check a sync upgrade', { error });
          rejectUpgrade(socket, 503, 'unavailable', 'The map store is not answering; try again.');
        },
      );
  }

  /** Why the store cannot take changes, asked only after a room found it could not. */
  private async storeProblem(): Promise<string | undefined> {
    if (!this.storeFailing) return undefined;
    const problem = await this.options.store.writeProblem();
    if (problem === undefined) {
      this.storeFailing = false;
      this.options.log.info('the store takes changes again');
    }
    return problem;
  }

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer, decision: UpgradeDecision) {
    if (!decision.ok) {
      this.options.log.info('refused sync socket', {
        status: decision.status,
        code: decision.code,
      });
      rejectUpgrade(socket, decision.status, decision.code, decision.message);
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      const log = this.options.log.child({ mapId: decision.mapId, role: decision.role });
      this.accept(ws, new Connection(ws, decision, log, socket));
    });
  }

  /** Closes every socket and unloads every room (compacting it). */
  async close(): Promise<void> {
    this.stopKeepalive();
    await this.rooms.close();
    await this.closedOrTerminated(1_000);
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  /** Waits for the sockets' closing handshakes; ends the ones that do not finish in time. */
  private async closedOrTerminated(graceMs: number): Promise<void> {
    const open = [...this.connections];
    const closed = Promise.all(
      open.map(
        (conn) => new Promise<void>((resolve) => conn.socket.once('close', () => resolve())),
      ),
    );
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, graceMs);
    });
    await Promise.race([closed, timeout]);
    clearTimeout(timer);
    for (const conn of this.connections) conn.socket.terminate();
  }

  private accept(ws: WebSocket, conn: Connection): void {
    this.connections.add(conn);
    conn.log.debug('socket opened');
    // Listen before joining: frames that arrive while the doc loads are queued, not lost.
    ws.on('message', (data, isBinary) => {
      if (!isBinary) {
        conn.log.warn('closing socket after a text frame');
        conn.close(CLOSE_UNSUPPORTED_DATA, 'binary frames only');
        return;
      }
      conn.receive(toBytes(data));
    });
    ws.on('pong', () => {
      conn.alive = true;
    });
    // ws reports oversized frames here, then closes the socket with 1009 itself.
    ws.on('error', (error) => conn.log.warn('socket error', { error }));
    ws.on('close', (code) => {
      this.connections.delete(conn);
      this.rooms.leave(conn);
      conn.log.debug('socket closed', { code });
    });
    this.rooms.join(conn).catch((error: unknown) => {
      conn.log.error('could not join the room', { error });
      conn.socket.terminate();
    });
  }
}
