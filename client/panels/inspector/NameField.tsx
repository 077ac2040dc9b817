import { useId } from 'react';
import { setEdgeLabel } from '../../../shared/ydoc/attrs.ts';
import { renameNode } from '../../../shared/ydoc/nodes.ts';
import type { MapSession } from '../../collab/useMapSession.ts';
import type { InspectedElement } from './inspectedElement.ts';
import { useFieldDraft } from './useFieldDraft.ts';

interface NameFieldProps {
  session: MapSession;
  element: InspectedElement;
  readOnly: boolean;
  onNotice?: (message: string) => void;
}

/** A body's or footprint's name (never blank), or a relationship's optional label. */
export function NameField({ session, element, readOnly, onNotice }: NameFieldProps) {
  const id = useId();
  const isRelationship = element.type === 'relationship';
  const stored = element.record.label ?? '';
  const draft = useFieldDraft(
    stored,
    (text) => {
      if (readOnly || text.trim() === stored) return { ok: true };
      if (isRelationship) {
        setEdgeLabel(session.doc, session.origin, element.ref.id, text);
        return { ok: true };
      }
      return renameNode(session.doc, session.origin, element.ref.id, text)
        ? { ok: true }
        : { ok: false, message: 'A name is required.' };
    },
    { onLost: (message) => onNotice?.(`The new name was not saved: ${message}`) },
  );
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  return (
    <div className={`inspector-field inspector-name${draft.error ? ' has-error' : ''}`}>
      <div className="inspector-field-label">
        <label htmlFor={id}>{isRelationship ? 'Label' : 'Name'}</label>
      </div>
      <input
        id={id}
        type="text"
        autoComplete="off"
        value={draft.text}
        readOnly={readOnly}
        placeholder={isRelationship && !readOnly ? 'Optional' : undefined}
        aria-invalid={draft.error ? true : undefined}
        aria-describedby={draft.error ? `${errorId} ${hintId}` : hintId}
        onChange={(event) => draft.onChange(event.target.value)}
        onBlur={draft.onBlur}
        onKeyDown={draft.onKeyDown}
      />
      {draft.error && (
        <p className="inspector-error" id={errorId} role="alert">
          {draft.error}
        </p>
      )}
      <p className="inspector-hint" id={hintId}>
        {isRelationship
          ? 'Shown on the canvas instead of the kind’s own wording. Leave blank to use that.'
          : 'What people in the room call it, e.g. “Leeds Health and Care Partnership”.'}
      </p>
    </div>
  );
}
