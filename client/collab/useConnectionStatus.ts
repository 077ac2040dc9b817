import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';

/** How the map's connection to the server stands, as the participant should read it. */
export type ConnectionStatus =
  | 'connecting'
  | 'connected'
  | 'reconnecting'
  | 'offline'
  /** The server answers but cannot save changes (its database is read-only, full or away). */
  | 'unsaved';

/** After this long without the server, "reconnecting" becomes "offline". */
const OFFLINE_AFTER_MS = 8000;
/** How often a disconnected page asks the server's /healthz why. */
const HEALTH_EVERY_MS = 5000;

/** Whether the server says it cannot store changes (/healthz 503, database down). */
async function serverCannotSave(): Promise<boolean> {
  try {
    const res = await fetch('/healthz', { cache: 'no-store' });
    if (res.status !== 503) return false;
    const body = (await res.json()) as { database?: unknown };
    return body.database === 'down';
  } catch {
    return false;
  }
}

/**
 * Follows the provider's socket and the browser's network state. While the server is away
 * the provider alternates between "connecting" and "disconnected" on every retry; the
 * participant sees one steady "reconnecting", then "offline" if it lasts.
 */
export function useConnectionStatus(provider: WebsocketProvider): ConnectionStatus {
  const [connected, setConnected] = useState(provider.wsconnected);
  const [everConnected, setEverConnected] = useState(provider.wsconnected);
  const [longLost, setLongLost] = useState(false);
  const [online, setOnline] = useState(() => navigator.onLine);
  const [cannotSave, setCannotSave] = useState(false);

  useEffect(() => {
    const onStatus = ({ status }: { status: 'connected' | 'connecting' | 'disconnected' }) => {
      setConnected(status === 'connected');
      if (status === 'connected') setEverConnected(true);
    };
    const onOnline = () => setOnline(true);
    const onOffline = () => setOnline(false);
    provider.on('status', onStatus);
    // The socket may have opened between the first render and this subscription.
    onStatus({ status: provider.wsconnected ? 'connected' : 'connecting' });
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    return () => {
      provider.off('status', onStatus);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
    };
  }, [provider]);

  useEffect(() => {
    setLongLost(false);
    if (connected) return;
    const timer = setTimeout(() => setLongLost(true), OFFLINE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [connected]);

  // Refused sockets look like a lost network; the server's health tells them apart.
  useEffect(() => {
    setCannotSave(false);
    if (connected || !online) return;
    let stopped = false;
    const ask = () => {
      serverCannotSave().then((answer) => {
        if (!stopped) setCannotSave(answer);
      });
    };
    ask();
    const timer = setInterval(ask, HEALTH_EVERY_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [connected, online]);

  if (!online) return 'offline';
  if (connected) return 'connected';
  if (cannotSave) return 'unsaved';
  if (!everConnected) return longLost ? 'offline' : 'connecting';
  return longLost ? 'offline' : 'reconnecting';
}
