import { useId } from 'react';
import type { FieldDef } from '../../../shared/model/fields.ts';
import { type EditResult, type ElementRef, setAttr } from '../../../shared/ydoc/attrs.ts';
import type { MapSession } from '../../collab/useMapSession.ts';
import { FieldInput } from './FieldInput.tsx';
import { formatValue, isEmptyValue } from './formatValue.ts';
import { governanceModelDelegation } from './governanceModelDelegation.ts';
import { parseValue, sameValue } from './parseValue.ts';
import { useFieldDraft } from './useFieldDraft.ts';

interface InspectorFieldProps {
  session: MapSession;
  element: ElementRef;
  kind: string;
  field: FieldDef;
  /** The doc's current value (from the snapshot). */
  stored: unknown;
  readOnly: boolean;
  onNotice?: (message: string) => void;
}

/** One field of the selected element: label, input, help text, and why a value was refused. */
export function InspectorField({
  session,
  element,
  kind,
  field,
  stored,
  readOnly,
  onNotice,
}: InspectorFieldProps) {
  const id = useId();
  const commit = (text: string): EditResult => {
    if (readOnly) return { ok: true };
    const parsed = parseValue(field, text);
    if (!parsed.ok) return parsed;
    if (sameValue(parsed.value, stored)) return { ok: true };
    // One field only: someone else editing another field of this element keeps their edit.
    return setAttr(session.doc, session.origin, element, field.key, parsed.value);
  };
  const draft = useFieldDraft(formatValue(field, stored), commit, {
    multiline: field.type === 'longText' || field.type === 'list',
    onLost: (message) => onNotice?.(`Your change to ${field.label} was not saved: ${message}`),
  });
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const delegation =
    field.key === 'governance.model' ? governanceModelDelegation(kind, stored) : undefined;

  return (
    <div className={`inspector-field${draft.error ? ' has-error' : ''}`}>
      <div className="inspector-field-label">
        <label htmlFor={id}>{field.label}</label>
        {field.required && isEmptyValue(stored) && (
          <span className="inspector-required">Required</span>
        )}
      </div>
      <FieldInput
        id={id}
        field={field}
        draft={draft}
        readOnly={readOnly}
        describedBy={draft.error ? `${errorId} ${hintId}` : hintId}
      />
      {delegation && <p className="inspector-delegation">{delegation}</p>}
      {draft.error && (
        <p className="inspector-error" id={errorId} role="alert">
          {draft.error}
        </p>
      )}
      <p className="inspector-hint" id={hintId}>
        {field.hint}
      </p>
    </div>
  );
}
