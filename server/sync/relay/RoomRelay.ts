import * as decoding from 'lib0/decoding';
import {
  type Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness';
import * as Y from 'yjs';
import { ROLES, type Role } from '../../auth/roles.ts';
import type { Logger } from '../../log.ts';
import type { DocStore } from '../../store/DocStore.ts';
import { unseenParts } from '../../store/unseenParts.ts';
import type { ClientIds } from '../guard/ClientIds.ts';
import type { Participants } from '../guard/Participants.ts';
import type { Relay, RelayMessage, RelaySubscription } from './Relay.ts';

/**
 * The origin of what another process sent: already guarded by the process whose socket it
 * came from, and already stored by it, so this process only hands it to its own sockets.
 */
export const RELAY_ORIGIN = { kind: 'relay' } as const;

/** A client of another process, as this process's guard sees it: someone else's, while open. */
interface RemoteClient {
  role: Role;
  isOpen: boolean;
  participant: { id: string; name: string } | undefined;
  /** The process whose socket it is (see Relay.onProcessGone). */
  process: string;
}

/** What of a room the relay works on. */
export interface RelayedRoom {
  mapId: string;
  doc: Y.Doc;
  awareness: Awareness;
  clientIds: ClientIds;
  participants: Participants;
  /** Whether the room's doc is loaded and live (not loading, failed or unloaded). */
  isLive(): boolean;
  /** Client ids whose presence comes from this process's own sockets. */
  localAwarenessClients(): number[];
}

/** Reads an awareness update's entries: client id and state (null when removed). */
function awarenessEntries(update: Uint8Array): { clientId: number; state: unknown }[] {
  const decoder = decoding.createDecoder(update);
  const entries: { clientId: number; state: unknown }[] = [];
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    decoding.readVarUint(decoder); // clock
    entries.push({ clientId, state: JSON.parse(decoding.readVarString(decoder)) });
  }
  return entries;
}

/**
 * One room's link to the other processes serving its map: what its sockets change goes out
 * once stored, what the others' sockets change comes in. Messages that arrive while the room
 * loads wait for it. The guard holds on every process: each update is guarded by the process
 * whose socket sent it before it is stored and published, and the client and participant ids
 * of other processes' sockets are held here too, so no socket here can write or vote as them.
 */
export class RoomRelay {
  private readonly room: RelayedRoom;
  private readonly relay: Relay;
  private readonly store: DocStore;
  private readonly log: Logger;
  private readonly subscription: RelaySubscription;
  private inbox: { message: RelayMessage; from: string }[] | undefined = [];
  private readonly remoteClients = new Map<number, RemoteClient>();
  /** The reload under way, and the one asked for meanwhile (see resync). */
  private reloading: Promise<void> | undefined;
  private reloadNext: Promise<void> | undefined;
  private announceNext = false;

  constructor(room: RelayedRoom, relay: Relay, store: DocStore, log: Logger) {
    this.room = room;
    this.relay = relay;
    this.store = store;
    this.log = log;
    this.subscription = relay.join(room.mapId, this.receive);
    room.awareness.on('update', this.onAwarenessRemoved);
  }

  /** Settles once the room hears the others: load the doc only then, to miss nothing. */
  get ready(): Promise<void> {
    return this.subscription.ready;
  }

  /** The room is loaded: apply what arrived meanwhile. */
  start(): void {
    const queued = this.inbox ?? [];
    this.inbox = undefined;
    for (const { message, from } of queued) this.apply(message, from);
  }

  /** A batch of this process's updates is stored (merged into one update): the others get it. */
  publishStored(update: Uint8Array): void {
    this.relay.publish(this.room.mapId, { kind: 'update', update });
  }

  /** This process's sockets' presence changed. */
  publishAwareness(clients: readonly number[]): void {
    if (clients.length === 0) return;
    const update = encodeAwarenessUpdate(this.room.awareness, [...clients]);
    this.relay.publish(this.room.mapId, { kind: 'awareness', update });
  }

  /** The stored doc changed beside the relay (e.g. a restore): the others reload. */
  publishReload(): void {
    this.relay.publish(this.room.mapId, { kind: 'reload' });
  }

  /**
   * Catches up after a gap: reloads the stored doc into the room (what is new reaches the
   * room's sockets as an ordinary update) and, when `announce`, asks the others to do the
   * same and sends them this process's presence again.
   *
   * Asks that come while a reload is under way share one more reload after it (which reads
   * the store after every ask), so the reload asks of several processes, each back from the
   * same gap, cost two reads of the map rather than one each.
   */
  resync(announce: boolean): Promise<void> {
    if (!this.reloading) {
      this.reloading = this.reload(announce).finally(() => {
        this.reloading = undefined;
      });
      return this.reloading;
    }
    this.announceNext ||= announce;
    if (!this.reloadNext) {
      this.reloadNext = this.reloading
        .catch(() => {})
        .then(() => {
          const next = this.announceNext;
          this.announceNext = false;
          this.reloadNext = undefined;
          return this.resync(next);
        });
    }
    return this.reloadNext;
  }

  private async reload(announce: boolean): Promise<void> {
    if (!this.room.isLive()) return;
    const parts = await this.store.loadDoc(this.room.mapId);
    if (!this.room.isLive()) return;
    // Nearly all of it is in the doc already; applying it all held a busy event loop for seconds.
    const news = unseenParts(this.room.doc, parts);
    this.room.doc.transact(() => {
      for (const part of news) Y.applyUpdate(this.room.doc, part, RELAY_ORIGIN);
    }, RELAY_ORIGIN);
    if (!announce) return;
    this.publishReload();
    this.publishAwareness(this.room.localAwarenessClients());
  }

  /**
   * Another process has gone silent (killed, or cut off from Redis): the presence its sockets
   * announced here is dropped now rather than when it times out (30 s). Their meta goes too,
   * so the same states are taken again if that process comes back and announces them.
   */
  processGone(processId: string): void {
    const ids = [...this.remoteClients]
      .filter(([, client]) => client.process === processId)
      .map(([clientId]) => clientId);
    if (ids.length === 0 || !this.room.isLive()) return;
    removeAwarenessStates(this.room.awareness, ids, RELAY_ORIGIN);
    for (const clientId of ids) {
      if (!this.room.awareness.states.has(clientId)) this.room.awareness.meta.delete(clientId);
    }
  }

  leave(): void {
    this.subscription.leave();
    this.room.awareness.off('update', this.onAwarenessRemoved);
  }

  /**
   * Presence of another process's client gone here, by its goodbye, by its process falling
   * silent (processGone) or by timing out (30 s without a renewal): its ids are free again,
   * e.g. for the same person reconnecting to this process.
   */
  private readonly onAwarenessRemoved = ({ removed }: { removed: number[] }): void => {
    for (const clientId of removed) {
      const client = this.remoteClients.get(clientId);
      if (!client) continue;
      client.isOpen = false;
      this.room.participants.release(client);
      this.remoteClients.delete(clientId);
    }
  };

  private readonly receive = (message: RelayMessage, from: string): void => {
    if (this.inbox) this.inbox.push({ message, from });
    else if (this.room.isLive()) this.apply(message, from);
  };

  private apply(message: RelayMessage, from: string): void {
    try {
      switch (message.kind) {
        case 'update':
          // No client ids are held for what others wrote: a viewer here can never take an id
          // the doc holds anything but comments under (ClientIds), and editors may write.
          Y.applyUpdate(this.room.doc, message.update, RELAY_ORIGIN);
          return;
        case 'awareness': {
          this.holdRemotePresence(message.update, from);
          applyAwarenessUpdate(this.room.awareness, message.update, RELAY_ORIGIN);
          return;
        }
        case 'reload':
          // The sender may have missed this process's presence too (or dropped it as silent).
          this.resync(false)
            .then(() => this.publishAwareness(this.room.localAwarenessClients()))
            .catch((error: unknown) => this.log.error('could not reload the room', { error }));
          return;
        default: {
          const unknown: never = message;
          this.log.warn('unknown relay message', { message: unknown });
        }
      }
    } catch (error) {
      this.log.warn('could not apply a relayed message', { kind: message.kind, error });
    }
  }

  private remoteClient(clientId: number, role: Role, process: string): RemoteClient {
    let client = this.remoteClients.get(clientId);
    if (!client) {
      client = { role, isOpen: true, participant: undefined, process };
      this.remoteClients.set(clientId, client);
    }
    client.role = role;
    client.process = process;
    return client;
  }

  /** Another process's sockets announced (or dropped) presence: hold their ids here too. */
  private holdRemotePresence(update: Uint8Array, from: string): void {
    for (const { clientId, state } of awarenessEntries(update)) {
      // A goodbye is handled by onAwarenessRemoved once it is applied.
      if (state === null) continue;
      const user = (state as { user?: { role?: unknown } }).user;
      const role = ROLES.find((known) => known === user?.role) ?? 'editor';
      const client = this.remoteClient(clientId, role, from);
      client.isOpen = true;
      this.room.clientIds.claim(client, clientId);
      if (user) this.room.participants.bind(client, user);
    }
  }
}
