import { useEffect, useMemo, useRef } from 'react';
import type { ElementStatus } from '../../shared/model/status.ts';
import type { NoteKind, NoteRecord } from '../../shared/ydoc/noteRecord.ts';
import { CommentIcon } from '../comments/icons.tsx';
import { FacilitateMenuItems } from '../facilitate/FacilitateMenuItems.tsx';
import { LockIcon } from '../facilitate/LockIcon.tsx';
import { useLockedForMe } from '../facilitate/useLockedForMe.ts';
import { useMapState } from '../store/useMapStore.ts';
import { useKeepInside } from '../ui/useKeepInside.ts';
import { useMenuKeys } from '../ui/useMenuKeys.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { ArrangeMenuItems } from './ArrangeMenuItems.tsx';
import type { ArrangeCommand } from './commands/arrange.ts';
import { arrangedIds, nodeParents } from './commands/arrangedIds.ts';
import { useMapActions } from './MapActions.ts';
import { NoteMenuItems } from './NoteMenuItems.tsx';
import { writeOnNote } from './noteFlow.ts';
import { StatusMenuItems } from './StatusMenuItems.tsx';

/** A right-click menu for one element (or the current selection). */
export interface ElementMenuState {
  ids: string[];
  at: { x: number; y: number };
}

const NOTE_WORD: Record<NoteKind, string> = { note: 'sticky note', text: 'text' };

function menuTitle(count: number, note: NoteRecord | undefined, onlyNotes: boolean): string {
  if (note) return `This ${NOTE_WORD[note.kind]}`;
  if (count === 1) return 'This element';
  return onlyNotes ? `${count} notes` : `${count} elements`;
}

/**
 * What can be done to what was right-clicked (or the selection it is in): what applies to
 * it alone. A note is written on, coloured, duplicated, locked and deleted; it has no
 * status, vote, comment or relationship, which only the governance around it has.
 */
export function ElementMenu({
  menu,
  onStatus,
  onDelete,
  onClose,
  onConnectTo,
  onArrange,
  onDuplicate,
}: {
  menu: ElementMenuState;
  onStatus: (status: ElementStatus) => void;
  onDelete: () => void;
  onClose: () => void;
  /** Offered for one body: draw a relationship from it without a mouse. */
  onConnectTo?: () => void;
  /** Offered for a selection of several bodies, footprints or notes: align or distribute it. */
  onArrange?: (command: ArrangeCommand) => void;
  /** Offered while editing: copy what is chosen a little aside (Ctrl+D). */
  onDuplicate?: () => void;
}) {
  const root = useRef<HTMLDivElement>(null);
  const keys = useMenuKeys(root, onClose);
  useKeepInside(root, 'parent', menu.at);
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
  const snapshot = useMapState((state) => state.snapshot);
  const notes = (snapshot.notes ?? []).filter((note) => menu.ids.includes(note.id));
  // Arrange counts what it moves: no relationships, nothing a chosen footprint carries.
  const arranged = useMemo(
    () => arrangedIds(menu.ids, nodeParents(snapshot)).length,
    [menu.ids, snapshot],
  );
  const onlyNotes = notes.length === count;
  const note = count === 1 ? notes[0] : undefined;
  const comment = count === 1 && only !== undefined && !note && (
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
      onKeyDown={keys}
    >
      <div className="menu-title">{menuTitle(count, note, onlyNotes)}</div>
      {allLocked && (
        <div className="menu-note">
          <LockIcon /> Locked by the facilitator
        </div>
      )}
      {note && (
        <NoteMenuItems
          note={note}
          disabled={allLocked}
          onWrite={() => {
            writeOnNote(root.current?.parentElement ?? null, note.id);
            onClose();
          }}
          onDone={onClose}
        />
      )}
      {!onlyNotes && <StatusMenuItems disabled={allLocked} onStatus={onStatus} />}
      {onDuplicate && (
        <button type="button" role="menuitem" aria-keyshortcuts="Control+D" onClick={onDuplicate}>
          <span>Duplicate</span>
          <span className="menu-keys" aria-hidden="true">
            Ctrl+D
          </span>
        </button>
      )}
      {onConnectTo && (
        <button type="button" role="menuitem" disabled={allLocked} onClick={onConnectTo}>
          Connect to…
        </button>
      )}
      {comment}
      {onArrange && arranged > 1 && (
        <>
          <hr />
          <ArrangeMenuItems count={arranged} disabled={allLocked} onArrange={onArrange} />
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
