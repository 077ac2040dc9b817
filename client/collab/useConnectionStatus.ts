import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { watchServerHealth } from './watchServerHealth.ts';

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
    if (!online) return;
    // An answer that arrives once the socket is back is already out of date.
    return watchServerHealth(provider, (answer) => setCannotSave(answer && !provider.wsconnected));
  }, [provider, online]);
  useEffect(() => {
    if (connected) setCannotSave(false);
  }, [connected]);

  if (!online) return 'offline';
  if (connected) return 'connected';
  if (cannotSave) return 'unsaved';
  if (!everConnected) return longLost ? 'offline' : 'connecting';
  return longLost ? 'offline' : 'reconnecting';
}
