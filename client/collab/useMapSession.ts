import { useEffect, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createLocalOrigin, type LocalOrigin } from '../../shared/ydoc/origin.ts';
import { createUndoManager } from '../../shared/ydoc/undo.ts';
import type { Role } from '../app/api.ts';
import type { Identity } from './identity.ts';
import { announce } from './presence.ts';
import { takeFirstCopyAsSent } from './takeFirstCopyAsSent.ts';

/** One open map: its doc, the connection to the server, and this participant's undo. */
export interface MapSession {
  doc: Y.Doc;
  provider: WebsocketProvider;
  origin: LocalOrigin;
  undoManager: Y.UndoManager;
  role: Role;
  mapId: string;
}

function syncUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}

/**
 * Opens a map for the life of the calling component and tears it down after: from the
 * browser's copy at once, and from the server as soon as it answers.
 * Broadcast-channel sync between tabs is off: every change goes through the server,
 * which is where roles are enforced.
 */
export function useMapSession(
  mapId: string,
  token: string,
  identity: Identity,
  role: Role,
): MapSession | null {
  const [session, setSession] = useState<MapSession | null>(null);

  useEffect(() => {
    const doc = new Y.Doc();
    // The map is also kept in the browser, so it opens and takes edits without the server;
    // they merge when the connection is back.
    const local = new IndexeddbPersistence(`accord-map-${mapId}`, doc);
    const origin = createLocalOrigin(identity.id);
    const provider = new WebsocketProvider(syncUrl(), mapId, doc, {
      // A doc that holds nothing says so: a server still loading the map then sends what it
      // has stored at once, while it builds its own copy. Once the doc holds anything (from
      // the browser's copy or the server), a reconnect asks only for what it lacks.
      params: { token, holds: 'nothing' },
      disableBc: true,
      maxBackoffTime: 5000,
    });
    const holdsSomething = () => {
      if (doc.store.clients.size === 0) return;
      delete provider.params.holds;
      doc.off('afterTransaction', holdsSomething);
    };
    doc.on('afterTransaction', holdsSomething);
    takeFirstCopyAsSent(provider, local);
    announce(provider.awareness, { ...identity, role });
    const undoManager = createUndoManager(doc, origin);
    setSession({ doc, provider, origin, undoManager, role, mapId });
    return () => {
      setSession(null);
      undoManager.destroy();
      provider.awareness.setLocalState(null);
      provider.destroy();
      void local.destroy();
      doc.destroy();
    };
  }, [mapId, token, identity, role]);

  return session;
}
