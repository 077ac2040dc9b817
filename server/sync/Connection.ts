import type { Writable } from 'node:stream';
import type { WebSocket } from 'ws';
import type { Role } from '../auth/roles.ts';
import type { Logger } from '../log.ts';
import { binaryFrame } from './binaryFrame.ts';
import { PresenceThrottle } from './guard/PresenceThrottle.ts';

/**
 * The most a socket may have waiting to be sent. A client that stops reading would otherwise
 * make the server hold every answer and broadcast in memory; past this it is cut off (its
 * reconnect starts afresh). Several times the largest map's first sync.
 */
export const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;

/**
 * One client's socket in one room, with who it is: its role (enforced on every message) and
 * its token's hash (so every socket of a revoked token can be found and closed).
 */
export class Connection {
  readonly socket: WebSocket;
  readonly mapId: string;
  readonly role: Role;
  readonly tokenHash: string;
  /**
   * The client said its doc held nothing when it connected: while the room loads, it is sent
   * the stored doc at once (Room.add).
   */
  readonly holdsNothing: boolean;
  /**
   * The state vector of the stored doc this socket was sent while its room loaded: its first
   * sync step 1, asked before that arrived, is answered from there (handleMessage.ts).
   */
  sentStored: Uint8Array | undefined;
  readonly log: Logger;
  /** Awareness client ids this socket has announced; removed for everyone when it closes. */
  readonly awarenessClients = new Set<number>();
  /**
   * Who this socket said it is in its presence (`user.id`, `user.name`), once the server
   * bound that participant to it: comments and ballots it writes must carry this id.
   */
  participant: { id: string; name: string } | undefined;
  /** Limits how often this socket's presence is relayed to everyone. */
  readonly presence = new PresenceThrottle();
  /** The last sync step 1 answered, and the doc's state then: an identical one is not. */
  lastStep1: { request: string; docState: string } | undefined;
  /** Cleared before each keepalive ping; a socket still not alive at the next one is dead. */
  alive = true;
  /**
   * The stream under the socket, when the server has it: messages are written to it as
   * frames (binaryFrame), a broadcast's frame made once for every socket. ws writes its own
   * frames (pings, the close) at once and whole, as it does everything it sends while
   * permessage-deflate is off (the server's default) and no Blob is sent, so frames from
   * both never interleave; once ws starts closing, isOpen is false and nothing more is
   * written here.
   */
  private readonly stream: Writable | undefined;
  private handler: ((data: Uint8Array) => void) | undefined;
  // Frames that arrive before the room's doc is loaded wait here, in order.
  private inbox: Uint8Array[] = [];

  constructor(
    socket: WebSocket,
    who: { mapId: string; role: Role; tokenHash: string; holdsNothing?: boolean },
    log: Logger,
    stream?: Writable,
  ) {
    this.socket = socket;
    this.stream = stream;
    this.mapId = who.mapId;
    this.role = who.role;
    this.tokenHash = who.tokenHash;
    this.holdsNothing = who.holdsNothing ?? false;
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

  /** Sends a message; `frame` is its binaryFrame when the caller sends it to many sockets. */
  send(message: Uint8Array, frame?: Buffer): void {
    if (!this.isOpen) return;
    if (this.socket.bufferedAmount + message.byteLength > MAX_BUFFERED_BYTES) {
      this.log.warn('cutting off a socket that does not read', {
        buffered: this.socket.bufferedAmount,
      });
      // No close handshake: it would wait behind everything the client does not read.
      this.handler = undefined;
      this.inbox = [];
      this.socket.terminate();
      return;
    }
    if (this.stream) this.stream.write(frame ?? binaryFrame(message), this.onSent);
    else this.socket.send(message, this.onSent);
  }

  // One callback for every send, not a closure per message: a busy room sends thousands a second.
  private readonly onSent = (error?: Error | null): void => {
    if (error) this.log.debug('send failed', { error });
  };

  /** Closes the socket (idempotent); the room hears of it through the socket's close event. */
  close(code: number, reason: string): void {
    this.handler = undefined;
    this.inbox = [];
    const { CLOSING, CLOSED } = this.socket;
    if (this.socket.readyState === CLOSING || this.socket.readyState === CLOSED) return;
    this.socket.close(code, reason);
  }
}
