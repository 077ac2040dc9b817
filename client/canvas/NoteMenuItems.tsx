import { NOTE_COLORS, type NoteRecord } from '../../shared/ydoc/noteRecord.ts';
import { NOTE_COLOR } from '../theme/tokens.ts';
import { useMapActions } from './MapActions.ts';
import { NOTE_COLOR_NAME } from './noteFlow.ts';

/**
 * A note's own items in its right-click menu: write on it and, for a sticky note, its
 * colour. A note has no status, vote or relationships, so none of those are offered.
 */
export function NoteMenuItems({
  note,
  disabled,
  onWrite,
  onDone,
}: {
  note: NoteRecord;
  /** Locked for this participant. */
  disabled: boolean;
  onWrite: () => void;
  /** Closes the menu. */
  onDone: () => void;
}) {
  const { colorNote } = useMapActions();
  return (
    <>
      <button
        type="button"
        role="menuitem"
        aria-keyshortcuts="Enter"
        disabled={disabled}
        onClick={onWrite}
      >
        <span>Write on it</span>
        <span className="menu-keys" aria-hidden="true">
          Enter
        </span>
      </button>
      {note.kind === 'note' && (
        <fieldset aria-label="Colour" className="menu-colors">
          {NOTE_COLORS.map((color) => (
            <button
              key={color}
              type="button"
              role="menuitemradio"
              aria-checked={color === note.color}
              disabled={disabled}
              onClick={() => {
                colorNote(note.id, color);
                onDone();
              }}
            >
              <span
                className="menu-swatch"
                aria-hidden="true"
                style={{ background: NOTE_COLOR[color].fill, borderColor: NOTE_COLOR[color].edge }}
              />
              {NOTE_COLOR_NAME[color]}
            </button>
          ))}
        </fieldset>
      )}
    </>
  );
}
