import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { fetchMapInfo, isRefusedLink } from '../app/api.ts';
import type { MapSession } from '../collab/useMapSession.ts';
import { forgetMapInfo } from '../offline/rememberedMapInfo.ts';

/** The close code the server sends to every socket opened with a link that was replaced. */
export const CLOSE_LINK_REVOKED = 4403;

/** While the socket keeps failing, how often the API is asked whether the link still works. */
const ASK_EVERY_MS = 10_000;

/**
 * True once the session's link no longer works: the server closed the socket because the link
 * was replaced, or (for a tab that was away when that happened) the server now refuses it. The
 * provider then stops reconnecting, and the link is no longer reopened from the browser's copy.
 */
export function useLinkRevoked(session: MapSession | null, token: string): boolean {
  const [revoked, setRevoked] = useState<WebsocketProvider | null>(null);
  const provider = session?.provider ?? null;
  const mapId = session?.mapId;

  useEffect(() => {
    if (!provider || !mapId) return;
    let live = true;
    let lastAsked = 0;
    const revoke = () => {
      if (!live) return;
      forgetMapInfo(localStorage, mapId, token);
      setRevoked(provider);
      // After the provider has finished handling the close: disconnecting from inside its
      // own close handler would close the same socket twice.
      queueMicrotask(() => provider.disconnect());
    };
    const onClose = (event: CloseEvent | null) => {
      if (event === null) return; // closed by this tab
      if (event.code === CLOSE_LINK_REVOKED) {
        revoke();
        return;
      }
      // A link replaced while this tab was away is refused before its socket opens, which the
      // browser reports just like a server that is down: the API tells the two apart.
      if (Date.now() - lastAsked < ASK_EVERY_MS) return;
      lastAsked = Date.now();
      fetchMapInfo(mapId, token).catch((error: unknown) => {
        if (isRefusedLink(error)) revoke();
      });
    };
    provider.on('connection-close', onClose);
    return () => {
      live = false;
      provider.off('connection-close', onClose);
    };
  }, [provider, mapId, token]);

  return revoked !== null && revoked === provider;
}
