import { useEffect, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createLocalOrigin, type LocalOrigin } from '../../shared/ydoc/origin.ts';
import { createUndoManager } from '../../shared/ydoc/undo.ts';
import type { Role } from '../app/api.ts';
import { ClaimingWebSocket, firstSocketParams, syncUrl } from './earlySocket.ts';
import type { Identity } from './identity.ts';
import { announce } from './presence.ts';
import { takeFirstCopyAsSent } from './takeFirstCopyAsSent.ts';

/**
 * A map's doc with its two sources: the browser's copy and the server. It needs only the map
 * and the link's token, so it opens while the page still asks the server about the map and
 * the participant's name: the map is on its way while the page gets ready to show it.
 */
export interface MapConnection {
  doc: Y.Doc;
  provider: WebsocketProvider;
  mapId: string;
}

/** One open map: its doc, the connection to the server, and this participant's undo. */
export interface MapSession extends MapConnection {
  origin: LocalOrigin;
  undoManager: Y.UndoManager;
  role: Role;
}

/**
 * Opens a map's doc from the browser's copy at once and from the server as soon as it
 * answers. Nobody is announced on it (no presence) until a session is made of it. Returns
 * the teardown with it.
 * Broadcast-channel sync between tabs is off: every change goes through the server,
 * which is where roles are enforced.
 */
export function openMapConnection(
  mapId: string,
  token: string,
): { connection: MapConnection; close: () => void } {
  const doc = new Y.Doc();
  // The map is also kept in the browser, so it opens and takes edits without the server;
  // they merge when the connection is back.
  const local = new IndexeddbPersistence(`accord-map-${mapId}`, doc);
  const provider = new WebsocketProvider(syncUrl(), mapId, doc, {
    // A doc that holds nothing says so: a server still loading the map then sends what it
    // has stored at once, while it builds its own copy. Once the doc holds anything (from
    // the browser's copy or the server), a reconnect asks only for what it lacks.
    params: firstSocketParams(token),
    // The socket the page opened as it started, for this map and token, if it did.
    WebSocketPolyfill: ClaimingWebSocket,
    disableBc: true,
    maxBackoffTime: 5000,
    connect: false,
  });
  // Until a session announces who this is, the socket shares no presence at all.
  provider.awareness.setLocalState(null);
  const holdsSomething = () => {
    if (doc.store.clients.size === 0) return;
    delete provider.params.holds;
    doc.off('afterTransaction', holdsSomething);
  };
  doc.on('afterTransaction', holdsSomething);
  takeFirstCopyAsSent(provider, local);
  provider.connect();
  return {
    connection: { doc, provider, mapId },
    close: () => {
      provider.awareness.setLocalState(null);
      provider.destroy();
      void local.destroy();
      doc.destroy();
    },
  };
}

/**
 * The map's connection for the life of the calling component, while `wanted`; null before
 * the first effect and while not wanted.
 */
export function useMapConnection(
  mapId: string,
  token: string | null,
  wanted: boolean,
): MapConnection | null {
  const [connection, setConnection] = useState<MapConnection | null>(null);
  useEffect(() => {
    if (!token || !wanted) return;
    const opened = openMapConnection(mapId, token);
    setConnection(opened.connection);
    return () => {
      setConnection(null);
      opened.close();
    };
  }, [mapId, token, wanted]);
  return connection;
}

/**
 * This participant in an open map, for the life of the calling component: announced to the
 * others with its role, and an undo of its own edits. The connection outlives it.
 */
export function useMapSession(
  connection: MapConnection,
  identity: Identity,
  role: Role,
): MapSession | null {
  const [session, setSession] = useState<MapSession | null>(null);

  useEffect(() => {
    const { doc, provider } = connection;
    const origin = createLocalOrigin(identity.id);
    announce(provider.awareness, { ...identity, role });
    const undoManager = createUndoManager(doc, origin);
    setSession({ ...connection, origin, undoManager, role });
    return () => {
      setSession(null);
      undoManager.destroy();
      provider.awareness.setLocalState(null);
    };
  }, [connection, identity, role]);

  return session;
}
