import { type FormEvent, useState } from 'react';
import { createMap, type MapLinks } from './api.ts';
import { CopyLink } from './CopyLink.tsx';
import { ImportSpec } from './ImportSpec.tsx';
import { TemplatePicker } from './TemplatePicker.tsx';

const ROLE_HELP: Record<keyof MapLinks, string> = {
  owner: 'For the facilitator: full control. Keep it to yourself.',
  editor: 'For participants who draw and edit the map.',
  viewer: 'For people who watch and read, without changing anything.',
};

/** The start page: create a map and hand out its three links. */
export function HomePage() {
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState('');
  const [created, setCreated] = useState<{ title: string; links: MapLinks } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const map = await createMap(title, template || undefined);
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

      <ImportSpec onImported={(map) => setCreated({ title: map.title, links: map.links })} />

      {created && (
        <section className="card" aria-labelledby="links-heading" data-testid="map-links">
          <h2 id="links-heading">“{created.title}” is ready</h2>
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
