import { type FormEvent, memo, useEffect, useState } from 'react';
import { MAX_TITLE_LENGTH, setTitle } from '../../shared/ydoc/initMap.ts';
import type { MapSession } from '../collab/useMapSession.ts';
import { rememberMapInfo } from '../offline/rememberedMapInfo.ts';
import { useMapState } from '../store/useMapStore.ts';
import type { MapInfo } from './api.ts';

/**
 * The map's title as it is now: in the top bar, the browser tab, and the list of maps the
 * home page remembers. Only this reads the title, so a rename re-renders nothing else.
 */
function useMapTitle(info: MapInfo, token: string): string {
  const title = useMapState((state) => state.snapshot.title);
  useEffect(() => {
    document.title = `${title} — Accord`;
  }, [title]);
  // The home page lists this map under the name it has now, renamed or not.
  useEffect(() => {
    if (title === info.title) return;
    rememberMapInfo(localStorage, token, { ...info, title });
  }, [title, info, token]);
  return title;
}

/**
 * The map's title in the top bar. Its owner can rename it: the new title goes into the
 * map's document, so everyone in the room sees it at once and the home page's list of
 * maps picks it up; the server puts back a rename by anyone else.
 */
export const MapTitle = memo(function MapTitle({
  session,
  info,
  token,
  canRename,
  onNotice,
}: {
  session: MapSession;
  info: MapInfo;
  token: string;
  canRename: boolean;
  onNotice: (message: string) => void;
}) {
  const title = useMapTitle(info, token);
  const [draft, setDraft] = useState<string | null>(null);

  if (draft === null) {
    return (
      <>
        <h1 className="map-title" title={title}>
          {title}
        </h1>
        {canRename && (
          <button type="button" className="map-rename" onClick={() => setDraft(title)}>
            Rename
          </button>
        )}
      </>
    );
  }

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim() === title) {
      setDraft(null);
      return;
    }
    const result = setTitle(session.doc, session.origin, draft);
    if (result.ok) setDraft(null);
    else onNotice(result.reason);
  };

  return (
    <form className="map-title-form" onSubmit={save}>
      <input
        aria-label="Map title"
        value={draft}
        maxLength={MAX_TITLE_LENGTH}
        // biome-ignore lint/a11y/noAutofocus: the person just asked to rename: the field is where they type
        autoFocus
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setDraft(null);
        }}
      />
      <button type="submit" className="primary">
        Save
      </button>
      <button type="button" onClick={() => setDraft(null)}>
        Cancel
      </button>
    </form>
  );
});
