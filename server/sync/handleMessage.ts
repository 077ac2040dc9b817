import * as decoding from 'lib0/decoding';
import type * as awarenessProtocol from 'y-protocols/awareness';
import { applyAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { viewersMayComment } from '../../shared/ydoc/facilitation.ts';
import { canEdit } from '../auth/roles.ts';
import type { Connection } from './Connection.ts';
import {
  CLOSE_INVALID_PAYLOAD,
  CLOSE_MESSAGE_TOO_BIG,
  CLOSE_UNSUPPORTED_DATA,
} from './closeCodes.ts';
import { admitAwareness } from './guard/admitAwareness.ts';
import type { ClientIds } from './guard/ClientIds.ts';
import { checkCommentUpdate, type DecodedUpdate } from './guard/checkCommentUpdate.ts';
import type { Participants } from './guard/Participants.ts';
import {
  awarenessMessage,
  holdsNothing,
  isMessageType,
  isSyncType,
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SYNC,
  SYNC_STEP1,
  SYNC_STEP2,
  SYNC_UPDATE,
  syncStep2Message,
} from './protocol.ts';
import { type PlainWrites, readClientUpdate } from './readClientUpdate.ts';

/** What the room's doc and presence are, as a message handler needs them. */
export interface RoomState {
  doc: Y.Doc;
  awareness: awarenessProtocol.Awareness;
  /** Which socket holds each Yjs client id. */
  clientIds: ClientIds;
  /** Which socket speaks for each participant id. */
  participants: Participants;
  /**
   * Applies an editor's update, with the socket as its origin, and undoes what it may not
   * change; `plain`: what it writes, when it is plain (readClientUpdate).
   */
  applyClientUpdate: (conn: Connection, update: Uint8Array, plain?: PlainWrites) => void;
  /** Sends a reply once the doc it was computed from is stored (default: at once). */
  sendWhenStored?: (conn: Connection, message: Uint8Array) => void;
}

/** A frame was handled, or the socket that sent it must be closed (and why). */
export type MessageOutcome = { ok: true } | { ok: false; code: number; reason: string };

const OK: MessageOutcome = { ok: true };

function undecodable(reason: string): MessageOutcome {
  return { ok: false, code: CLOSE_INVALID_PAYLOAD, reason };
}

/**
 * Handles one binary frame from a client. Never throws: a frame that does not decode yields a
 * close outcome for that socket alone, and nothing of it has been applied.
 */
export function handleMessage(room: RoomState, conn: Connection, data: Uint8Array): MessageOutcome {
  try {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    if (!isMessageType(type)) {
      return { ok: false, code: CLOSE_UNSUPPORTED_DATA, reason: 'unknown message type' };
    }
    switch (type) {
      case MESSAGE_SYNC:
        return handleSync(room, conn, decoder);
      case MESSAGE_AWARENESS:
        return handleAwareness(room, conn, decoding.readVarUint8Array(decoder));
      case MESSAGE_QUERY_AWARENESS:
        // Answered at the presence rate: each answer is everyone's presence.
        if (!conn.presence.take()) return OK;
        conn.send(awarenessMessage(room.awareness, [...room.awareness.getStates().keys()]));
        return OK;
      default: {
        const unhandled: never = type;
        return { ok: false, code: CLOSE_UNSUPPORTED_DATA, reason: `message type ${unhandled}` };
      }
    }
  } catch (error) {
    conn.log.debug('undecodable frame', { error });
    return undecodable('undecodable message');
  }
}

/**
 * Viewers may send awareness: their cursor and selection are part of the workshop. Only the
 * entries for client ids the socket holds are relayed, stamped with its role; a flood is held
 * to the presence rate (its last state still lands), and an oversized presence closes the
 * socket.
 */
function handleAwareness(room: RoomState, conn: Connection, update: Uint8Array): MessageOutcome {
  const admitted = admitAwareness(
    update,
    conn,
    room.clientIds,
    room.participants,
    (clientId) => room.awareness.meta.get(clientId)?.clock,
  );
  if (admitted.tooLarge.length > 0) {
    return { ok: false, code: CLOSE_MESSAGE_TOO_BIG, reason: 'presence too large' };
  }
  if (admitted.notTheirs.length > 0) {
    conn.log.warn("dropped presence for another socket's clients", { clients: admitted.notTheirs });
  }
  if (!admitted.update) return OK;
  conn.presence.offer(admitted.update, (update) => {
    if (conn.isOpen) applyAwarenessUpdate(room.awareness, update, conn);
  });
  return OK;
}

function isEmptyUpdate({ structs, ds }: DecodedUpdate): boolean {
  return structs.length === 0 && ds.clients.size === 0;
}

/**
 * A viewer's change is applied only when it is a comment (checked struct by struct, see
 * checkCommentUpdate) and the owner lets viewers comment; anything else is dropped whole, and
 * never applied, not even briefly. A step 2 is every viewer's routine answer to our step 1
 * and is usually empty.
 */
function handleViewerUpdate(
  room: RoomState,
  conn: Connection,
  update: Uint8Array,
  decoded: DecodedUpdate,
  syncType: number,
): MessageOutcome {
  if (isEmptyUpdate(decoded)) return OK;
  if (!viewersMayComment(room.doc)) {
    conn.log.warn("dropped a viewer's change: viewers may not comment", { syncType });
    return OK;
  }
  const verdict = checkCommentUpdate(room.doc, decoded, {
    mayWriteAs: (clientId) => room.clientIds.claim(conn, clientId),
    participant: conn.participant,
  });
  if (!verdict.ok) {
    conn.log.warn("dropped a viewer's change", { syncType, reason: verdict.reason });
    return OK;
  }
  Y.applyUpdate(room.doc, update, conn);
  return OK;
}

/** Whether this step 1 asks exactly what the socket asked last, with the doc unchanged. */
function isRepeatedStep1(room: RoomState, conn: Connection, request: Uint8Array): boolean {
  const now = {
    request: Buffer.from(request).toString('base64'),
    docState: Buffer.from(Y.encodeStateVector(room.doc)).toString('base64'),
  };
  const last = conn.lastStep1;
  conn.lastStep1 = now;
  return last !== undefined && last.request === now.request && last.docState === now.docState;
}

function handleSync(room: RoomState, conn: Connection, decoder: decoding.Decoder): MessageOutcome {
  const syncType = decoding.readVarUint(decoder);
  if (!isSyncType(syncType)) return undecodable('unknown sync message type');
  switch (syncType) {
    case SYNC_STEP1: {
      // Everyone, viewers included, may ask for the doc; asking again for the same thing
      // gets no second copy (the socket is sent every change as it happens anyway).
      let request = decoding.readVarUint8Array(decoder);
      // Sent the stored doc while the room loaded, a socket that asked holding nothing lacks
      // only what the doc gained since.
      const sent = conn.sentStored;
      conn.sentStored = undefined;
      if (sent && holdsNothing(request)) request = sent;
      if (isRepeatedStep1(room, conn, request)) return OK;
      const reply = syncStep2Message(room.doc, request);
      if (room.sendWhenStored) room.sendWhenStored(conn, reply);
      else conn.send(reply);
      return OK;
    }
    case SYNC_STEP2:
    case SYNC_UPDATE: {
      const update = decoding.readVarUint8Array(decoder);
      if (!canEdit(conn.role)) {
        // Decoded whole first: the comment check reads every struct.
        const decoded = Y.decodeUpdate(update) as DecodedUpdate;
        return handleViewerUpdate(room, conn, update, decoded, syncType);
      }
      // Read it all first (readClientUpdate throws if any part does not decode): applyUpdate
      // could otherwise apply part of a broken update. An editor's client ids become its own,
      // so no viewer can write under them later.
      const read = readClientUpdate(update);
      for (const client of read.clients) room.clientIds.claim(conn, client);
      room.applyClientUpdate(conn, update, read.plain);
      return OK;
    }
    default: {
      const unhandled: never = syncType;
      return undecodable(`sync message type ${unhandled}`);
    }
  }
}
