import * as decoding from 'lib0/decoding';
import type * as awarenessProtocol from 'y-protocols/awareness';
import { applyAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { viewersMayComment } from '../../shared/ydoc/facilitation.ts';
import { canEdit } from '../auth/roles.ts';
import type { Connection } from './Connection.ts';
import { CLOSE_INVALID_PAYLOAD, CLOSE_UNSUPPORTED_DATA } from './closeCodes.ts';
import { isEmptyUpdate, onlyTouchesComments } from './commentGate.ts';
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
import { stampAwarenessUpdate } from './stampAwarenessUpdate.ts';

/** What the room's doc and presence are, as a message handler needs them. */
export interface RoomState {
  doc: Y.Doc;
  awareness: awarenessProtocol.Awareness;
  /** Called after a client's update was applied: undoes what it may not change. */
  afterClientUpdate?: (conn: Connection) => void;
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
      case MESSAGE_AWARENESS: {
        // Viewers may send awareness: their cursor and selection are part of the workshop.
        // Everyone's presence is stamped with the role their token grants.
        const update = stampAwarenessUpdate(decoding.readVarUint8Array(decoder), conn.role);
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

/**
 * A viewer's change is applied only when it is a comment and the owner lets viewers comment;
 * anything else is dropped, and never applied, not even briefly. A step 2 is every viewer's
 * routine answer to our step 1 and is usually empty.
 */
function handleViewerUpdate(
  room: RoomState,
  conn: Connection,
  update: Uint8Array,
  syncType: number,
): MessageOutcome {
  if (isEmptyUpdate(update)) return OK;
  if (viewersMayComment(room.doc) && onlyTouchesComments(room.doc, update)) {
    Y.applyUpdate(room.doc, update, conn);
    return OK;
  }
  conn.log.warn("dropped a viewer's change", { syncType });
  return OK;
}

function handleSync(room: RoomState, conn: Connection, decoder: decoding.Decoder): MessageOutcome {
  const syncType = decoding.readVarUint(decoder);
  if (!isSyncType(syncType)) return undecodable('unknown sync message type');
  switch (syncType) {
    case SYNC_STEP1: {
      // Everyone, viewers included, may ask for the doc.
      const reply = syncStep2Message(room.doc, decoding.readVarUint8Array(decoder));
      if (room.sendWhenStored) room.sendWhenStored(conn, reply);
      else conn.send(reply);
      return OK;
    }
    case SYNC_STEP2:
    case SYNC_UPDATE: {
      const update = decoding.readVarUint8Array(decoder);
      // Decode it all first: applyUpdate could otherwise apply part of a broken update.
      Y.decodeUpdate(update);
      if (!canEdit(conn.role)) return handleViewerUpdate(room, conn, update, syncType);
      Y.applyUpdate(room.doc, update, conn);
      room.afterClientUpdate?.(conn);
      return OK;
    }
    default: {
      const unhandled: never = syncType;
      return undecodable(`sync message type ${unhandled}`);
    }
  }
}
