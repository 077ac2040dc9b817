import * as decoding from 'lib0/decoding';
import type * as awarenessProtocol from 'y-protocols/awareness';
import { applyAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { canEdit } from '../auth/roles.ts';
import type { Connection } from './Connection.ts';
import { CLOSE_INVALID_PAYLOAD, CLOSE_UNSUPPORTED_DATA } from './closeCodes.ts';
import {
  awarenessMessage,
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
import { validateAwarenessUpdate } from './validateAwarenessUpdate.ts';

/** What the room's doc and presence are, as a message handler needs them. */
export interface RoomState {
  doc: Y.Doc;
  awareness: awarenessProtocol.Awareness;
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
      case MESSAGE_AWARENESS: {
        const update = decoding.readVarUint8Array(decoder);
        validateAwarenessUpdate(update);
        // Viewers may send awareness: their cursor and selection are part of the workshop.
        applyAwarenessUpdate(room.awareness, update, conn);
        return OK;
      }
      case MESSAGE_QUERY_AWARENESS:
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

function handleSync(room: RoomState, conn: Connection, decoder: decoding.Decoder): MessageOutcome {
  const syncType = decoding.readVarUint(decoder);
  if (!isSyncType(syncType)) return undecodable('unknown sync message type');
  switch (syncType) {
    case SYNC_STEP1: {
      // Everyone, viewers included, may ask for the doc.
      conn.send(syncStep2Message(room.doc, decoding.readVarUint8Array(decoder)));
      return OK;
    }
    case SYNC_STEP2:
    case SYNC_UPDATE: {
      if (!canEdit(conn.role)) {
        // Read the sub-type ourselves so a viewer's changes are never applied, not even briefly.
        // A step 2 is every viewer's routine answer to our step 1; an update means it edited.
        const log = syncType === SYNC_UPDATE ? conn.log.warn : conn.log.debug;
        log("dropped a viewer's change", { syncType });
        return OK;
      }
      const update = decoding.readVarUint8Array(decoder);
      // Decode it all first: applyUpdate could otherwise apply part of a broken update.
      Y.decodeUpdate(update);
      Y.applyUpdate(room.doc, update, conn);
      return OK;
    }
    default: {
      const unhandled: never = syncType;
      return undecodable(`sync message type ${unhandled}`);
    }
  }
}
