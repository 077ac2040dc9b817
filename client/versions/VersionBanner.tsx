import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useLayoutEffect, useRef } from 'react';
import { formatSavedAt } from './formatSavedAt.ts';
import './versions.css';
import type { OpenedVersion, VersionView } from './useVersionView.ts';

/**
 * Across the top of the canvas while a saved version is open: which one, that nothing can
 * be edited, and the way to compare it with now or go back to the live map.
 */
export function VersionBanner({ view, onCompare }: { view: VersionView; onCompare: () => void }) {
  useCanvasStaysPut(view.opened !== null);
  if (!view.opened) return null;
  return <OpenBanner opened={view.opened} view={view} onCompare={onCompare} />;
}

function OpenBanner({
  opened,
  view,
  onCompare,
}: {
  opened: OpenedVersion;
  view: VersionView;
  onCompare: () => void;
}) {
  const { name, createdAt } = opened.version;
  const when = formatSavedAt(createdAt);
  const comparing = opened.mode === 'comparing';
  const text = comparing
    ? `Comparing “${name}” (saved ${when}) with now — read-only`
    : `Viewing “${name}” (saved ${when}) — read-only`;
  return (
    <div
      className={`version-banner${comparing ? ' is-comparing' : ''}`}
      role="status"
      data-testid="version-banner"
    >
      <span className="version-banner-text" title={text}>
        {text}
      </span>
      <span className="version-banner-actions">
        {comparing ? (
          <button type="button" onClick={() => view.show('viewing')}>
            Show the version
          </button>
        ) : (
          <button type="button" onClick={onCompare}>
            Compare with now
          </button>
        )}
        <button type="button" className="primary" onClick={view.close}>
          Back to now
        </button>
      </span>
    </div>
  );
}

/**
 * Opening a version moves the canvas's edges: the banner takes its top (versions.css, so
 * fitting the view fits what can be seen) and the palette goes. The map is panned by as
 * much, both ways, so nothing on it jumps. Measured after every render, so the last place
 * is fresh when a version opens or closes.
 */
function useCanvasStaysPut(open: boolean): void {
  const flow = useReactFlow();
  const store = useStoreApi();
  const last = useRef<{ open: boolean; left: number; top: number } | null>(null);
  useLayoutEffect(() => {
    const canvas = store.getState().domNode;
    if (!canvas) return;
    const { left, top } = canvas.getBoundingClientRect();
    const before = last.current;
    last.current = { open, left, top };
    if (!before || before.open === open || (before.left === left && before.top === top)) return;
    const { x, y, zoom } = flow.getViewport();
    void flow.setViewport({ x: x - (left - before.left), y: y - (top - before.top), zoom });
  });
}
