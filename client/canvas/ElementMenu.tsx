import { useEffect, useRef } from 'react';
import type { ElementStatus } from '../../shared/model/status.ts';
import { CommentIcon } from '../comments/icons.tsx';
import { FacilitateMenuItems } from '../facilitate/FacilitateMenuItems.tsx';
import { LockIcon } from '../facilitate/LockIcon.tsx';
import { useLockedForMe } from '../facilitate/useLockedForMe.ts';
import { useMenuKeys } from '../ui/useMenuKeys.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { ArrangeMenuItems } from './ArrangeMenuItems.tsx';
import type { ArrangeCommand } from './commands/arrange.ts';
import { useMapActions } from './MapActions.ts';

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
  onConnectTo,
  onArrange,
}: {
  menu: ElementMenuState;
  onStatus: (status: ElementStatus) => void;
  onDelete: () => void;
  onClose: () => void;
  /** Offered for one body: draw a relationship from it without a mouse. */
  onConnectTo?: () => void;
  /** Offered for a selection of several: align or distribute it. */
  onArrange?: (command: ArrangeCommand) => void;
}) {
  const root = useRef<HTMLDivElement>(null);
  const keys = useMenuKeys(root, onClose);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const count = menu.ids.length;
  const { openThreads } = useWorkshop();
  const { readOnly } = useMapActions();
  // Only the facilitator changes locked elements: with all of them locked, only they may act.
  const lockedForMe = useLockedForMe();
  const allLocked = menu.ids.every((id) => lockedForMe.has(id));
  const [only] = menu.ids;
  const comment = count === 1 && only !== undefined && (
    <button
      type="button"
      role="menuitem"
      onClick={() => {
        openThreads(only);
        onClose();
      }}
    >
      <CommentIcon /> Comment
    </button>
  );
  // A viewer may only comment (and is shown this menu only when allowed to).
  if (readOnly) {
    return (
      <div
        ref={root}
        className="floating-menu element-menu"
        role="menu"
        aria-label="Element actions"
        style={{ left: menu.at.x, top: menu.at.y }}
        onKeyDown={keys}
      >
        <div className="menu-title">This element</div>
        {comment || <div className="refused">Right-click one element to comment on it.</div>}
      </div>
    );
  }
  return (
    <div
      ref={root}
      className="floating-menu element-menu"
      role="menu"
      aria-label="Element actions"
      style={{ left: menu.at.x, top: menu.at.y }}
      onKeyDown={keys}
    >
      <div className="menu-title">{count === 1 ? 'This element' : `${count} elements`}</div>
      {allLocked && (
        <div className="menu-note">
          <LockIcon /> Locked by the facilitator
        </div>
      )}
      <button type="button" role="menuitem" disabled={allLocked} onClick={() => onStatus('agreed')}>
        <span className="status-dot status-agreed" aria-hidden="true" /> Mark agreed
      </button>
      <button
        type="button"
        role="menuitem"
        disabled={allLocked}
        onClick={() => onStatus('disputed')}
      >
        <span className="status-dot status-disputed" aria-hidden="true" /> Mark disputed
      </button>
      <button
        type="button"
        role="menuitem"
        disabled={allLocked}
        onClick={() => onStatus('proposed')}
      >
        <span className="status-dot status-proposed" aria-hidden="true" /> Back to proposed
      </button>
      {onConnectTo && (
        <button type="button" role="menuitem" disabled={allLocked} onClick={onConnectTo}>
          Connect to…
        </button>
      )}
      {comment}
      {onArrange && (
        <>
          <hr />
          <ArrangeMenuItems count={count} disabled={allLocked} onArrange={onArrange} />
        </>
      )}
      <FacilitateMenuItems ids={menu.ids} onDone={onClose} />
      <hr />
      <button
        type="button"
        role="menuitem"
        className="danger"
        disabled={allLocked}
        onClick={onDelete}
      >
        Delete
      </button>
    </div>
  );
}
