import type { DragEvent } from 'react';
import { BODY_KIND_INFO, type BodyKind } from '../../shared/model/bodyKinds.ts';
import { PALETTE_MIME } from '../canvas/MapCanvas.tsx';

/** The kinds offered for now; the full NHS palette groups every kind of DOMAIN.md. */
const PALETTE_KINDS: readonly BodyKind[] = ['icb', 'nhs-trust', 'local-authority', 'pcn', 'vcse'];

/** Body kinds to click or drag onto the canvas. */
export function Palette({ onAdd }: { onAdd: (kind: BodyKind) => void }) {
  function onDragStart(event: DragEvent, kind: BodyKind) {
    event.dataTransfer.setData(PALETTE_MIME, kind);
    event.dataTransfer.effectAllowed = 'copy';
  }

  return (
    <nav className="palette" aria-label="Add a body">
      <h2>Add a body</h2>
      <p className="muted">Click, or drag onto the map.</p>
      <ul>
        {PALETTE_KINDS.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className={`palette-item kind-${kind}`}
              draggable
              onDragStart={(event) => onDragStart(event, kind)}
              onClick={() => onAdd(kind)}
            >
              {BODY_KIND_INFO[kind].label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
