import type { WebSocket } from 'ws';
import type { Role } from '../auth/roles.ts';
import type { Logger } from '../log.ts';

/**
 * One client's socket in one room, with who it is: its role (enforced on every message) and
 * its token's hash (so every socket of a revoked token can be found and closed).
 */
export class Connection {
  readonly socket: WebSocket;
  readonly mapId: string;
  readonly role: Role;
  readonly tokenHash: string;
  readonly log: Logger;
  /** Awareness client ids this socket has announced; removed for everyone when it closes. */
  readonly awarenessClients = new Set<number>();
  /** Cleared before each keepalive ping; a socket still not alive at the next one is dead. */
  alive = true;
  private handler: ((data: Uint8Array) => void) | undefined;
  // Frames that arrive before the room's doc is loaded wait here, in order.
  private inbox: Uint8Array[] = [];

  constructor(
    socket: WebSocket,
    who: { mapId: string; role: Role; tokenHash: string },
    log: Logger,
  ) {
    this.socket = socket;
    this.mapId = who.mapId;
    this.role = who.role;
    this.tokenHash = who.tokenHash;
    this.log = log;
  }

  get isOpen(): boolean {
    return this.socket.readyState === this.socket.OPEN;
  }

  /** A binary frame from the client: handled now, or queued until the room is ready. */
  receive(data: Uint8Array): void {
    // Frames still arriving after we closed the socket are not ours to act on.
    if (!this.isOpen) return;
    if (this.handler) this.handler(data);
    else this.inbox.push(data);
  }

  /** Starts handling frames, the queued ones first. */
  startHandling(handler: (data: Uint8Array) => void): void {
    this.handler = handler;
    const queued = this.inbox;
    this.inbox = [];
    for (const data of queued) {
      if (!this.isOpen) return;
      handler(data);
    }
  }

  send(message: Uint8Array): void {
    if (!this.isOpen) return;
    this.socket.send(message, (error) => {
      if (error) this.log.debug('send failed', { error });
    });
  }

  /** Closes the socket (idempotent); the room hears of it through the socket's close event. */
  close(code: number, reason: string): void {
    this.handler = undefined;
    this.inbox = [];
    const { CLOSING, CLOSED } = this.socket;
    if (this.socket.readyState === CLOSING || this.socket.readyState === CLOSED) return;
    this.socket.close(code, reason);
  }
}
