import { useState } from 'react';
import { forgetRecentMap, type RecentMap, recentMaps } from '../offline/recentMaps.ts';

const ROLE_NAME = { owner: 'Facilitator', editor: 'Editor', viewer: 'Viewer' } as const;

function openedOn(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

function tokenOf(map: RecentMap): string {
  return new URLSearchParams(map.href.slice(map.href.indexOf('#') + 1)).get('token') ?? '';
}

/**
 * "Your maps": the maps this browser has opened, newest first, so a returning facilitator
 * finds them without the link. Each can be forgotten, which takes its link off this browser.
 */
export function RecentMaps() {
  const [maps, setMaps] = useState(() => recentMaps(localStorage));
  if (maps.length === 0) return null;
  return (
    <section className="card recent-maps" aria-labelledby="recent-maps-heading">
      <h2 id="recent-maps-heading">Your maps</h2>
      <p className="muted">Opened in this browser. Anyone using it can open them from here.</p>
      <ul>
        {maps.map((map) => (
          <li key={map.href}>
            <a href={map.href} className="recent-map-title">
              {map.title}
            </a>
            <span className="recent-map-meta">
              {ROLE_NAME[map.role]} · opened {openedOn(map.openedAt)}
            </span>
            <button
              type="button"
              className="recent-map-forget"
              aria-label={`Forget “${map.title}” in this browser`}
              onClick={() => {
                forgetRecentMap(localStorage, map.id, tokenOf(map));
                setMaps(recentMaps(localStorage));
              }}
            >
              Forget
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
