import { type FormEvent, useEffect, useRef, useState } from 'react';
import { rememberRecentMap } from '../offline/recentMaps.ts';
import { rememberMapInfo } from '../offline/rememberedMapInfo.ts';
import { createMap, type MapLinks } from './api.ts';
import { CopyLink } from './CopyLink.tsx';
import { ImportSpec } from './ImportSpec.tsx';
import { RecentMaps } from './RecentMaps.tsx';
import { parseRoute } from './route.ts';
import { TemplatePicker } from './TemplatePicker.tsx';

const ROLE_HELP: Record<keyof MapLinks, string> = {
  owner: 'For the facilitator: full control. Keep it to yourself.',
  editor: 'For participants who draw and edit the map.',
  viewer: 'For people who watch and read, without changing anything.',
};

/** Lists a new map under "Your maps" at once: its owner link is the one not to lose. */
function keepOwnerLink(title: string, ownerLink: string): void {
  const url = new URL(ownerLink, window.location.href);
  const route = parseRoute(url.pathname, url.hash);
  if (route.kind !== 'map' || !route.token) return;
  const info = {
    id: route.mapId,
    title,
    role: 'owner' as const,
    createdAt: new Date().toISOString(),
  };
  rememberMapInfo(localStorage, route.token, info);
  rememberRecentMap(localStorage, route.mapId, route.token, new Date());
}

/** The start page: create a map and hand out its three links. */
export function HomePage() {
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState('');
  const [created, setCreated] = useState<{ title: string; links: MapLinks } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const linksHeading = useRef<HTMLHeadingElement>(null);

  // The links appear below the fold: bring them into view and move focus to them, so that
  // keyboard and screen-reader users land on what they just made.
  useEffect(() => {
    if (!created) return;
    linksHeading.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    linksHeading.current?.focus({ preventScroll: true });
  }, [created]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const map = await createMap(title, template || undefined);
      keepOwnerLink(map.title, map.links.owner);
      setCreated({ title: map.title, links: map.links });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'The map could not be created.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="page home">
      <header className="home-header">
        <div className="brand-mark" aria-hidden="true">
          A
        </div>
        <div>
          <h1>Accord</h1>
          <p className="tagline">
            Design provider collaboratives and place partnerships together, live — and export what
            you agreed as a governance spec.
          </p>
        </div>
      </header>

      <RecentMaps />

      <section className="card" aria-labelledby="new-map-heading">
        <h2 id="new-map-heading">Start a new map</h2>
        <form onSubmit={onSubmit} className="new-map-form">
          <TemplatePicker value={template} onChange={setTemplate} />
          <label htmlFor="map-title">Map title</label>
          <div className="row">
            <input
              id="map-title"
              value={title}
              onChange={(event) => setTitle(event.target.value)}
              placeholder="e.g. Leeds place partnership — workshop 1"
              maxLength={200}
            />
            <button type="submit" className="primary" disabled={busy}>
              {busy ? 'Creating…' : 'Create map'}
            </button>
          </div>
        </form>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </section>

      <ImportSpec
        onImported={(map) => {
          keepOwnerLink(map.title, map.links.owner);
          setCreated({ title: map.title, links: map.links });
        }}
      />

      {created && (
        <section className="card" aria-labelledby="links-heading" data-testid="map-links">
          <h2 id="links-heading" ref={linksHeading} tabIndex={-1}>
            “{created.title}” is ready
          </h2>
          <p>Share a link for each role. Anyone with a link can open the map in that role.</p>
          <ul className="links">
            {(Object.keys(ROLE_HELP) as Array<keyof MapLinks>).map((role) => (
              <li key={role}>
                <CopyLink role={role} href={created.links[role]} help={ROLE_HELP[role]} />
              </li>
            ))}
          </ul>
          <a className="button primary" href={created.links.owner}>
            Open the map as facilitator
          </a>
        </section>
      )}
    </main>
  );
}
