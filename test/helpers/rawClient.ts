import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { waitFor } from './startServer.ts';

/** Hand-made y-protocols frames, as a hostile client would write them. */
export const frames = {
  /** A sync message: sub-type 0 (step 1), 1 (step 2) or 2 (update), then its payload. */
  sync(syncType: number, payload: Uint8Array): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, syncType);
    encoding.writeVarUint8Array(encoder, payload);
    return encoding.toUint8Array(encoder);
  },
  /** An awareness message carrying the given entries (state null: that client left). */
  awareness(entries: ReadonlyArray<{ clientId: number; clock: number; state: unknown }>) {
    const inner = encoding.createEncoder();
    encoding.writeVarUint(inner, entries.length);
    for (const { clientId, clock, state } of entries) {
      encoding.writeVarUint(inner, clientId);
      encoding.writeVarUint(inner, clock);
      encoding.writeVarString(inner, JSON.stringify(state));
    }
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
    return encoding.toUint8Array(encoder);
  },
};

/** Hand-made Yjs updates (format v1), for structs no honest Yjs client would send. */
export const updates = {
  /** One GC struct claiming `length` clocks of `client` from `clock` on, and no deletions. */
  gc(client: number, clock: number, length: number): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1); // clients
    encoding.writeVarUint(encoder, 1); // structs of this client
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
    encoding.writeUint8(encoder, 0); // info 0: GC
    encoding.writeVarUint(encoder, length);
    encoding.writeVarUint(encoder, 0); // delete set: no clients
    return encoding.toUint8Array(encoder);
  },
  /** No structs, only a delete set: `len` clocks of `client` from `clock`. */
  deletion(client: number, clock: number, len: number): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarUint(encoder, len);
    return encoding.toUint8Array(encoder);
  },
  /**
   * What `write` does to a copy of `base`, made under `clientId` (any id, someone else's
   * included): a real Yjs update, as a forger would make it with a doctored Y.Doc.
   */
  made(base: Y.Doc, clientId: number, write: (doc: Y.Doc) => void): Uint8Array {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
    doc.clientID = clientId;
    const written: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => written.push(update));
    write(doc);
    doc.destroy();
    return Y.mergeUpdates(written);
  },
};

/**
 * A raw y-protocols client: a real socket, frames written by hand, and a mirror doc kept from
 * what the server sends (so an attacker knows the map and everyone's client ids).
 */
export class RawClient {
  readonly socket: WebSocket;
  /** The close code the server ended the socket with. */
  readonly closed: Promise<number>;
  /** The map as this client has heard it. */
  readonly mirror = new Y.Doc();
  /** Presence states heard, by client id. */
  readonly presence = new Map<number, unknown>();
  /** Sync answers (step 2) received. */
  step2s = 0;
  /** Bytes received in all. */
  receivedBytes = 0;
  /** This client's own Yjs client id (what an honest client would use). */
  readonly clientId = Math.floor(Math.random() * 0x7fffffff) + 1;
  private presenceClock = 0;

  private constructor(socket: WebSocket) {
    this.socket = socket;
    this.closed = new Promise((resolve) => socket.on('close', (code) => resolve(code)));
    socket.on('error', () => {});
    socket.on('message', (data: Buffer) => this.onMessage(new Uint8Array(data)));
  }

  /** Opens a socket to a map's room with a token; resolves once it has the map. */
  static async connect(wsUrl: string, mapId: string, token: string): Promise<RawClient> {
    const socket = new WebSocket(`${wsUrl}/${mapId}?token=${token}`);
    const client = new RawClient(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('unexpected-response', () => reject(new Error('upgrade refused')));
    });
    client.send(frames.sync(0, Y.encodeStateVector(client.mirror)));
    await waitFor(() => client.step2s > 0, 5_000, 'the first sync');
    return client;
  }

  send(frame: Uint8Array): void {
    this.socket.send(frame);
  }

  /** Sends an update as a sync update message. */
  sendUpdate(update: Uint8Array): void {
    this.send(frames.sync(2, update));
  }

  /** Announces a presence for a client id (its own or, for an attack, someone else's). */
  announce(clientId: number, state: unknown, clock = 1): void {
    this.send(frames.awareness([{ clientId, clock, state }]));
  }

  /** Sets this client's own presence (a new clock each time, as y-protocols does). */
  say(state: unknown): void {
    this.presenceClock++;
    this.announce(this.clientId, state, this.presenceClock);
  }

  /** An update made under this client's own id: what an honest commenter would send. */
  made(write: (doc: Y.Doc) => void): Uint8Array {
    return updates.made(this.mirror, this.clientId, write);
  }

  /** Writes under this client's own id and sends it, keeping it, as an honest client does. */
  write(write: (doc: Y.Doc) => void): void {
    const update = this.made(write);
    Y.applyUpdate(this.mirror, update, 'self');
    this.sendUpdate(update);
  }

  close(): void {
    this.socket.terminate();
    this.mirror.destroy();
  }

  private onMessage(data: Uint8Array): void {
    this.receivedBytes += data.byteLength;
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    if (type === 0) {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (syncType === 1) this.step2s++;
      if (syncType !== 0) Y.applyUpdate(this.mirror, payload, 'server');
    } else if (type === 1) {
      const inner = decoding.createDecoder(decoding.readVarUint8Array(decoder));
      const count = decoding.readVarUint(inner);
      for (let i = 0; i < count; i++) {
        const clientId = decoding.readVarUint(inner);
        decoding.readVarUint(inner);
        const state: unknown = JSON.parse(decoding.readVarString(inner));
        if (state === null) this.presence.delete(clientId);
        else this.presence.set(clientId, state);
      }
    }
  }
}
