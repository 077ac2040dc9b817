import { BODY_KIND_INFO, isBodyKind } from '../../../shared/model/bodyKinds.ts';
import type { FieldDef } from '../../../shared/model/fields.ts';
import { setStatus } from '../../../shared/ydoc/attrs.ts';
import type { MapSession } from '../../collab/useMapSession.ts';
import { AgreementSummary } from '../../facilitate/AgreementSummary.tsx';
import { useShownMap } from '../../store/useShownMap.ts';
import { useShownMapSlice } from '../useMapSlice.ts';
import { isEmptyValue } from './formatValue.ts';
import { InspectorField } from './InspectorField.tsx';
import {
  fieldProblemLines,
  governanceOpenByDefault,
  groupFields,
  type InspectedElement,
  kindHeading,
  relationshipSentence,
} from './inspectedElement.ts';
import { NameField } from './NameField.tsx';
import { StatusControl } from './StatusControl.tsx';

interface ElementInspectorProps {
  session: MapSession;
  element: InspectedElement;
  readOnly: boolean;
  onNotice?: (message: string) => void;
}

const SECTION_TITLE: Record<FieldDef['section'], string> = {
  details: 'Details',
  governance: 'Governance',
  notes: 'Dates and notes',
};

/** Everything about one body, footprint or relationship, editable field by field. */
export function ElementInspector({ session, element, readOnly, onNotice }: ElementInspectorProps) {
  const { record, ref, fields } = element;
  // Read from the map on show: only this element's stored values that did not fit, and a
  // relationship's ends by name.
  const problems = useShownMapSlice((state) => fieldProblemLines(state.snapshot, ref, fields));
  const sentence = useShownMap((state) =>
    element.type === 'relationship' ? relationshipSentence(state.snapshot, element.record) : null,
  );
  const renderFields = (list: readonly FieldDef[]) =>
    list.map((field) => (
      <InspectorField
        key={field.key}
        session={session}
        element={ref}
        kind={record.kind}
        field={field}
        stored={record.attrs[field.key]}
        readOnly={readOnly}
        onNotice={onNotice}
      />
    ));

  return (
    <>
      <header className="inspector-header">
        <div className="inspector-kind">{kindHeading(element)}</div>
        {sentence !== null && <div className="inspector-sentence">{sentence}</div>}
        {element.type === 'body' && isBodyKind(record.kind) && (
          <div className="inspector-statutory">
            {BODY_KIND_INFO[record.kind].statutory ? 'Statutory body' : 'Not a statutory body'}
          </div>
        )}
      </header>
      <NameField session={session} element={element} readOnly={readOnly} onNotice={onNotice} />
      <StatusControl
        legend="Status"
        current={record.status}
        readOnly={readOnly}
        onChange={(status) => setStatus(session.doc, session.origin, [ref], status)}
      />
      <AgreementSummary record={record} />
      {problems.length > 0 && (
        <ul className="inspector-problems">
          {problems.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {groupFields(fields).map(({ section, fields: sectionFields }) =>
        section === 'governance' ? (
          <details
            key={section}
            className="inspector-section"
            open={governanceOpenByDefault(record.kind)}
          >
            <summary>
              {SECTION_TITLE[section]}
              <span className="inspector-count">
                {sectionFields.filter((f) => !isEmptyValue(record.attrs[f.key])).length} of{' '}
                {sectionFields.length} set
              </span>
            </summary>
            {renderFields(sectionFields)}
          </details>
        ) : (
          <section key={section} className="inspector-section">
            <h3>{SECTION_TITLE[section]}</h3>
            {renderFields(sectionFields)}
          </section>
        ),
      )}
    </>
  );
}
