import { useEffect, useState } from 'react';
import { type Identity, loadIdentity, saveName } from '../collab/identity.ts';
import { useMapArrived } from '../collab/useMapArrived.ts';
import { useMapConnection } from '../collab/useMapSession.ts';
import { rememberRecentMap } from '../offline/recentMaps.ts';
import { forgetMapInfo, recallMapInfo, rememberMapInfo } from '../offline/rememberedMapInfo.ts';
import { LinkRevoked } from '../share/LinkRevoked.tsx';
import { ApiError, fetchMapInfo, isRefusedLink, type MapInfo } from './api.ts';
import { askMapInfo } from './earlyMapInfo.ts';
import { MapWorkspace } from './MapWorkspace.tsx';
import { NamePrompt } from './NamePrompt.tsx';

type Load =
  | { state: 'loading' }
  | { state: 'ready'; info: MapInfo }
  | { state: 'revoked' }
  | { state: 'failed'; message: string };

/** While a map is open from the browser's copy, how often the server is asked again. */
const RECHECK_MS = 5000;

/** No answer from Accord itself: the network, or a proxy in front of a server that is down. */
function unreachable(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status >= 500);
}

function explain(error: unknown): string {
  if (!(error instanceof ApiError)) return 'The map could not be opened.';
  if (error.status === 404) return 'There is no map at this address.';
  if (unreachable(error)) {
    return 'The Accord server cannot be reached, and this map has not been opened in this browser before. Try again when the server is back.';
  }
  return error.message;
}

/**
 * Opens a map from its link: checks the token, asks for a name once, then shows the map.
 * Without the server it opens the map from this browser's copy, if the link opened it here
 * before, and keeps asking the server until it answers.
 * The map's doc is opened (the browser's copy and the socket) at once, beside the question
 * about the map and the name prompt: the server checks the token on the socket too, and the
 * map arrives while the page gets ready. A link the server refuses closes it. Both were
 * already asked for as the page's script started (client/openEarly.ts). The map is shown once
 * it has come (useMapArrived), not first empty.
 */
export function MapPage({ mapId, token }: { mapId: string; token: string | null }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [identity, setIdentity] = useState<Identity | null>(() => loadIdentity());
  const connection = useMapConnection(
    mapId,
    token,
    load.state !== 'revoked' && load.state !== 'failed',
  );
  const arrived = useMapArrived(connection);

  useEffect(() => {
    if (!token) return;
    let live = true;
    let recheck: ReturnType<typeof setTimeout> | undefined;
    const ask = (openFromBrowser: boolean) => {
      // The first question was asked as the page started (client/app/earlyMapInfo.ts).
      (openFromBrowser ? askMapInfo(mapId, token) : fetchMapInfo(mapId, token)).then(
        (info) => {
          if (!live) return;
          rememberMapInfo(localStorage, token, info);
          rememberRecentMap(localStorage, mapId, token, new Date());
          setLoad({ state: 'ready', info });
        },
        (error: unknown) => {
          if (!live) return;
          if (unreachable(error)) {
            const kept = recallMapInfo(localStorage, mapId, token);
            if (kept) {
              // Opened from the browser's copy; y-indexeddb has the map, and the sync merges
              // what is done meanwhile once the server is back.
              if (openFromBrowser) setLoad({ state: 'ready', info: kept });
              recheck = setTimeout(() => ask(false), RECHECK_MS);
              return;
            }
          }
          if (isRefusedLink(error) || (error instanceof ApiError && error.status === 404)) {
            forgetMapInfo(localStorage, mapId, token);
          }
          setLoad(
            isRefusedLink(error)
              ? { state: 'revoked' }
              : { state: 'failed', message: explain(error) },
          );
        },
      );
    };
    ask(true);
    return () => {
      live = false;
      clearTimeout(recheck);
    };
  }, [mapId, token]);

  if (!token) {
    return (
      <main className="page">
        <h1>This link is incomplete</h1>
        <p>A map link ends with “#token=…”. Copy the whole link the facilitator shared.</p>
      </main>
    );
  }
  if (load.state === 'revoked') return <LinkRevoked />;
  if (load.state === 'failed') {
    return (
      <main className="page">
        <h1>The map cannot be opened</h1>
        <p role="alert">{load.message}</p>
        <p>
          <a href="/">Start a new map instead</a>
        </p>
      </main>
    );
  }
  if (!identity) return <NamePrompt onName={(name) => setIdentity(saveName(name))} />;
  if (load.state === 'loading' || !connection || !arrived) {
    return <main className="page muted">Opening the map…</main>;
  }
  return (
    <MapWorkspace connection={connection} info={load.info} token={token} identity={identity} />
  );
}
