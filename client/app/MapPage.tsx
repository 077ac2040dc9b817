import { useEffect, useState } from 'react';
import { type Identity, loadIdentity, saveName } from '../collab/identity.ts';
import { ApiError, fetchMapInfo, type MapInfo } from './api.ts';
import { MapWorkspace } from './MapWorkspace.tsx';
import { NamePrompt } from './NamePrompt.tsx';

type Load =
  | { state: 'loading' }
  | { state: 'ready'; info: MapInfo }
  | { state: 'failed'; message: string };

function explain(error: unknown): string {
  if (!(error instanceof ApiError)) return 'The map could not be opened.';
  if (error.status === 401 || error.status === 403) {
    return 'This link does not open this map. It may be mistyped, or it may have been replaced: ask the facilitator for a new link.';
  }
  if (error.status === 404) return 'There is no map at this address.';
  return error.message;
}

/** Opens a map from its link: checks the token, asks for a name once, then shows the map. */
export function MapPage({ mapId, token }: { mapId: string; token: string | null }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [identity, setIdentity] = useState<Identity | null>(() => loadIdentity());

  useEffect(() => {
    if (!token) return;
    let live = true;
    fetchMapInfo(mapId, token).then(
      (info) => live && setLoad({ state: 'ready', info }),
      (error: unknown) => live && setLoad({ state: 'failed', message: explain(error) }),
    );
    return () => {
      live = false;
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
  if (load.state === 'loading') return <main className="page muted">Opening the map…</main>;
  return <MapWorkspace info={load.info} token={token} identity={identity} />;
}
