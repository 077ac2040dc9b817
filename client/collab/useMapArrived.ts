import { useEffect, useState } from 'react';
import type { MapConnection } from './useMapSession.ts';

/** However the map is slow to come, the page shows what it has by then. */
export const MAP_WAIT_MS = 1500;

/**
 * Whether the map's doc holds what the page should first show: the server's copy (it has
 * synced), or anything at all (the browser's copy, or the first of the server's), or
 * MAP_WAIT_MS have passed since the connection opened. The map page is drawn once, with the
 * map, not first empty and then again with 2,000 bodies in it.
 */
export function useMapArrived(connection: MapConnection | null): boolean {
  const [arrived, setArrived] = useState(false);
  useEffect(() => {
    setArrived(false);
    if (!connection) return;
    const { doc, provider } = connection;
    const holds = () => provider.synced || doc.store.clients.size > 0;
    if (holds()) {
      setArrived(true);
      return;
    }
    const stop = () => {
      clearTimeout(timer);
      doc.off('afterTransaction', check);
      provider.off('sync', check);
    };
    // Once the map has come, no later transaction need be looked at.
    const arrive = () => {
      stop();
      setArrived(true);
    };
    const check = () => {
      if (holds()) arrive();
    };
    const timer = setTimeout(arrive, MAP_WAIT_MS);
    doc.on('afterTransaction', check);
    provider.on('sync', check);
    return stop;
  }, [connection]);
  return arrived;
}
