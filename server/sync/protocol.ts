import * as encoding from 'lib0/encoding';
import type * as awarenessProtocol from 'y-protocols/awareness';
import { encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { binaryFrameWithPayload, type Framed } from './binaryFrame.ts';
import { onDocChange } from './docChanges.ts';

// The y-websocket wire format: [messageType: varUint, payload…]. Numbers are the protocol's.

/** A document sync message; its payload starts with a sync sub-type. */
export const MESSAGE_SYNC = 0;
/** An awareness update (presence: names, cursors, selections). */
export const MESSAGE_AWARENESS = 1;
/** A request for every awareness state the peer knows. */
export const MESSAGE_QUERY_AWARENESS = 3;
// Type 2 (auth) only ever travels from server to client, so a client sending it is an error.

/** The message types a client may send. */
export type MessageType =
  | typeof MESSAGE_SYNC
  | typeof MESSAGE_AWARENESS
  | typeof MESSAGE_QUERY_AWARENESS;

export function isMessageType(value: number): value is MessageType {
  return value === MESSAGE_SYNC || value === MESSAGE_AWARENESS || value === MESSAGE_QUERY_AWARENESS;
}

/** Sync sub-types (y-protocols/sync). */
export const SYNC_STEP1 = 0;
export const SYNC_STEP2 = 1;
export const SYNC_UPDATE = 2;

export type SyncType = typeof SYNC_STEP1 | typeof SYNC_STEP2 | typeof SYNC_UPDATE;

export function isSyncType(value: number): value is SyncType {
  return value === SYNC_STEP1 || value === SYNC_STEP2 || value === SYNC_UPDATE;
}

function message(type: MessageType, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Sync step 1: our state vector, asking the peer for what we lack. */
export function syncStep1Message(doc: Y.Doc): Uint8Array {
  return message(MESSAGE_SYNC, (encoder) => {
    encoding.writeVarUint(encoder, SYNC_STEP1);
    encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
  });
}

/** The whole doc as sync step 2, kept until the doc next changes. */
const wholeDocReplies = new WeakMap<Y.Doc, Uint8Array>();
const forgetOnChange = new WeakSet<Y.Doc>();

/** A state vector of no clients: a peer that holds nothing yet (varUint 0). */
export function holdsNothing(stateVector: Uint8Array): boolean {
  return stateVector.length === 1 && stateVector[0] === 0;
}

/**
 * Sync step 2: everything the peer lacks, given its state vector. A peer that holds nothing
 * is sent the whole doc, encoded once for every such peer until the doc changes: when a
 * workshop opens a 2,000-body map together, each joiner would otherwise cost a fresh
 * encoding of about a megabyte.
 */
export function syncStep2Message(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  if (!holdsNothing(stateVector)) {
    return syncStep2Of(Y.encodeStateAsUpdate(doc, stateVector));
  }
  const kept = wholeDocReplies.get(doc);
  if (kept) return kept;
  return keepWholeDoc(doc, syncStep2Of(Y.encodeStateAsUpdate(doc)));
}

/**
 * Tells the next peers that hold nothing to be sent `update` as the whole doc, until the
 * doc changes: a room loaded from one stored snapshot holds exactly that, so its first
 * joiner costs no encoding at all (about 0.4 s at 2,000 bodies).
 */
export function rememberWholeDoc(doc: Y.Doc, update: Uint8Array): void {
  keepWholeDoc(doc, syncStep2Of(update));
}

function keepWholeDoc(doc: Y.Doc, reply: Uint8Array): Uint8Array {
  wholeDocReplies.set(doc, reply);
  if (!forgetOnChange.has(doc)) {
    forgetOnChange.add(doc);
    onDocChange(doc, () => wholeDocReplies.delete(doc));
  }
  return reply;
}

/** Sync step 2 carrying `update`. */
export function syncStep2Of(update: Uint8Array): Uint8Array {
  return message(MESSAGE_SYNC, (encoder) => {
    encoding.writeVarUint(encoder, SYNC_STEP2);
    encoding.writeVarUint8Array(encoder, update);
  });
}

/** One document update, as broadcast to the peers. */
export function updateMessage(update: Uint8Array): Uint8Array {
  return message(MESSAGE_SYNC, (encoder) => {
    encoding.writeVarUint(encoder, SYNC_UPDATE);
    encoding.writeVarUint8Array(encoder, update);
  });
}

/** `updateMessage(update)` and its WebSocket frame, made at once (what a broadcast sends). */
export function updateFrame(update: Uint8Array): Framed {
  return binaryFrameWithPayload([MESSAGE_SYNC, SYNC_UPDATE], update);
}

/** The awareness states of the given clients (a removed client is sent as null). */
export function awarenessMessage(
  awareness: awarenessProtocol.Awareness,
  clients: readonly number[],
): Uint8Array {
  return message(MESSAGE_AWARENESS, (encoder) => {
    encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(awareness, [...clients]));
  });
}
