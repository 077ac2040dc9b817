import * as decoding from 'lib0/decoding';
import type { IndexeddbPersistence } from 'y-indexeddb';
import type { WebsocketProvider } from 'y-websocket';

/** The y-websocket message type of sync messages, and the sync types that carry an update. */
const MESSAGE_SYNC = 0;
const SYNC_STEP2 = 1;
const SYNC_UPDATE = 2;

/**
 * Applies the map's first copy from the server, into a doc that holds nothing, with nobody
 * listening for the doc's 'update' event. Yjs encodes every transaction again for those
 * listeners: for the first copy of a 2,000-body map that is about a megabyte encoded on the
 * page's thread before it can draw, only for the provider, which never sends back what it
 * received, and for the browser's copy (y-indexeddb), which is handed the update as it came
 * instead. Nothing is lost: a doc that holds nothing has no edits of its own to send, and
 * what it changes later is heard as before.
 */
export function takeFirstCopyAsSent(provider: WebsocketProvider, local: IndexeddbPersistence) {
  const { doc } = provider;
  const handle = provider.messageHandlers[MESSAGE_SYNC];
  if (!handle) return;
  provider.messageHandlers[MESSAGE_SYNC] = (encoder, decoder, ...rest) => {
    if (doc.store.clients.size > 0) return handle(encoder, decoder, ...rest);
    const peek = decoding.clone(decoder);
    const syncType = decoding.readVarUint(peek);
    if (syncType !== SYNC_STEP2 && syncType !== SYNC_UPDATE) {
      return handle(encoder, decoder, ...rest);
    }
    const update = decoding.readVarUint8Array(peek);
    doc.off('update', provider._updateHandler);
    doc.off('update', local._storeUpdate);
    try {
      handle(encoder, decoder, ...rest);
    } finally {
      doc.on('update', provider._updateHandler);
      doc.on('update', local._storeUpdate);
    }
    local._storeUpdate(update, provider);
  };
}
