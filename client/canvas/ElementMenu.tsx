import { useEffect } from 'react';
import type { ElementStatus } from '../../shared/model/status.ts';

/** A right-click menu for one element (or the current selection). */
export interface ElementMenuState {
  ids: string[];
  at: { x: number; y: number };
}

/** Set the status of, or delete, what was right-clicked. */
export function ElementMenu({
  menu,
  onStatus,
  onDelete,
  onClose,
}: {
  menu: ElementMenuState;
  onStatus: (status: ElementStatus) => void;
  onDelete: () => void;
  onClose: () => void;
}) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const count = menu.ids.length;
  return (
    <div
      className="floating-menu element-menu"
      role="menu"
      aria-label="Element actions"
      style={{ left: menu.at.x, top: menu.at.y }}
    >
      <div className="menu-title">{count === 1 ? 'This element' : `${count} elements`}</div>
      <button type="button" role="menuitem" onClick={() => onStatus('agreed')}>
        <span className="status-dot status-agreed" aria-hidden="true" /> Mark agreed
      </button>
      <button type="button" role="menuitem" onClick={() => onStatus('disputed')}>
        <span className="status-dot status-disputed" aria-hidden="true" /> Mark disputed
      </button>
      <button type="button" role="menuitem" onClick={() => onStatus('proposed')}>
        <span className="status-dot status-proposed" aria-hidden="true" /> Back to proposed
      </button>
      <hr />
      <button type="button" role="menuitem" className="danger" onClick={onDelete}>
        Delete
      </button>
    </div>
  );
}
