import { type FormEvent, useCallback, useEffect, useState } from 'react';
import {
  listVersions,
  type MapVersion,
  type Role,
  restoreVersion,
  saveVersion,
  versionSpecText,
} from '../app/api.ts';
import { useMapState } from '../store/useMapStore.ts';
import { formatSavedAt } from '../versions/formatSavedAt.ts';
import type { VersionView } from '../versions/useVersionView.ts';
import { VersionChanges } from '../versions/VersionChanges.tsx';
import '../versions/versions.css';
import { downloadText } from './review/downloadText.ts';

/**
 * Versions of the map, named and automatic, listed apart. The owner saves named ones ("After
 * workshop 2"); the server keeps automatic ones as sessions of editing end. The owner
 * restores either (as new changes everyone receives, so nothing is lost); everyone can list
 * them, open one read-only, compare it with the map now (the changes are listed here) and
 * download a version's governance spec.
 */
export function VersionsPanel({
  mapId,
  token,
  role,
  view,
  onFocus,
  onNotice,
}: {
  mapId: string;
  token: string;
  role: Role;
  /** The version open on the canvas, if any. */
  view: VersionView;
  /** Shows an element on the canvas. */
  onFocus: (id: string) => void;
  onNotice: (message: string) => void;
}) {
  const title = useMapState((state) => state.snapshot.title);
  const [versions, setVersions] = useState<MapVersion[] | null>(null);
  const [name, setName] = useState('');
  const owner = role === 'owner';

  const refresh = useCallback(
    () =>
      listVersions(mapId, token).then(setVersions, (error: Error) =>
        onNotice(`The versions could not be listed: ${error.message}`),
      ),
    [mapId, token, onNotice],
  );

  useEffect(() => {
    void refresh();
  }, [refresh]);

  async function onSave(event: FormEvent) {
    event.preventDefault();
    try {
      await saveVersion(mapId, token, name.trim());
      setName('');
      onNotice(`Saved “${name.trim()}”.`);
      await refresh();
    } catch (error) {
      onNotice(`The version was not saved: ${(error as Error).message}`);
    }
  }

  async function onRestore(version: MapVersion) {
    if (!window.confirm(`Restore “${version.name}”? Everyone sees the change; it can be undone.`))
      return;
    try {
      await restoreVersion(mapId, token, version.id);
      onNotice(`Restored “${version.name}”.`);
    } catch (error) {
      onNotice(`The version was not restored: ${(error as Error).message}`);
    }
  }

  async function onOpen(version: MapVersion) {
    try {
      // Switching versions while comparing compares with the other one.
      await view.open(version, view.opened?.mode);
    } catch (error) {
      onNotice(`The version could not be opened: ${(error as Error).message}`);
    }
  }

  async function onDownload(version: MapVersion) {
    try {
      const text = await versionSpecText(mapId, token, version.id);
      const slug = `${title} ${version.name}`
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      downloadText(text, `${slug || 'map'}.governance.json`, 'application/json');
    } catch (error) {
      onNotice(`The spec could not be downloaded: ${(error as Error).message}`);
    }
  }

  const named = (versions ?? []).filter((version) => version.kind !== 'auto');
  const automatic = (versions ?? []).filter((version) => version.kind === 'auto');
  const item = (version: MapVersion) => {
    const isOpen = view.opened?.version.id === version.id;
    return (
      <li key={version.id} className={isOpen ? 'is-open' : undefined}>
        <div className="version-name">{version.name}</div>
        <div className="muted version-when">{formatSavedAt(version.createdAt)}</div>
        <div className="row">
          {isOpen ? (
            <button type="button" onClick={view.close}>
              Back to now
            </button>
          ) : (
            <button
              type="button"
              onClick={() => onOpen(version)}
              disabled={view.loading === version.id}
              title="Show this version on the canvas, read-only"
            >
              {view.loading === version.id ? 'Opening…' : 'Open'}
            </button>
          )}
          <button type="button" onClick={() => onDownload(version)}>
            Download spec
          </button>
          {owner && (
            <button type="button" onClick={() => onRestore(version)}>
              Restore
            </button>
          )}
        </div>
      </li>
    );
  };

  return (
    <section className="versions" aria-label="Versions">
      {view.opened && view.diff && (
        <VersionChanges versionName={view.opened.version.name} diff={view.diff} onFocus={onFocus} />
      )}
      {owner && (
        <form className="version-save" onSubmit={onSave}>
          <label htmlFor="version-name">Save this map as a version</label>
          <div className="row">
            <input
              id="version-name"
              value={name}
              maxLength={100}
              placeholder="e.g. After workshop 2"
              onChange={(event) => setName(event.target.value)}
            />
            <button type="submit" className="primary" disabled={!name.trim()}>
              Save
            </button>
          </div>
        </form>
      )}
      {versions === null && <p className="muted">Loading versions…</p>}
      <h3 className="versions-heading">Named versions</h3>
      {versions?.length !== undefined && named.length === 0 && (
        <p className="muted">No versions saved yet.</p>
      )}
      <ul data-testid="versions">{[...named].reverse().map(item)}</ul>
      <h3 className="versions-heading">Automatic history</h3>
      <p className="muted versions-hint">
        Kept by Accord at the end of each session of editing and every 30 minutes of it.
      </p>
      {versions?.length !== undefined && automatic.length === 0 && (
        <p className="muted">Nothing kept automatically yet.</p>
      )}
      <ul data-testid="automatic-versions">{[...automatic].reverse().map(item)}</ul>
    </section>
  );
}
