import type {
  ElementChangeKind,
  ElementDiff,
  FieldChange,
  SnapshotDiff,
  ValueChange,
} from '../../shared/versions/diffSnapshots.ts';

const GROUPS: { change: ElementChangeKind; title: string }[] = [
  { change: 'added', title: 'Added' },
  { change: 'removed', title: 'Removed' },
  { change: 'changed', title: 'Changed' },
];

/**
 * Everything that differs between a saved version and the map now: added, removed and
 * changed elements, and for each changed one its fields, "before → after". Clicking an
 * element shows it on the canvas.
 */
export function VersionChanges({
  versionName,
  diff,
  onFocus,
}: {
  versionName: string;
  diff: SnapshotDiff;
  onFocus: (id: string) => void;
}) {
  const nothing = diff.elements.length === 0 && diff.map.length === 0;
  return (
    <section className="version-changes" aria-label="Changes since the version">
      <h3>Changes since “{versionName}”</h3>
      {nothing ? (
        <p className="muted">Nothing has changed since this version.</p>
      ) : (
        <p className="version-changes-key">
          <span className="key-added">{diff.counts.added} added</span>
          <span className="key-changed">{diff.counts.changed} changed</span>
          <span className="key-removed">{diff.counts.removed} removed</span>
        </p>
      )}
      {diff.map.length > 0 && (
        <div className="change-group">
          <h4>The map</h4>
          <ul className="change-fields">
            {diff.map.map((field) => (
              <FieldLine key={field.key} field={field} />
            ))}
          </ul>
        </div>
      )}
      {GROUPS.map(({ change, title }) => {
        const entries = diff.elements.filter((element) => element.change === change);
        if (entries.length === 0) return null;
        return (
          <div key={change} className={`change-group change-group-${change}`}>
            <h4>
              {title} <span className="change-count">{entries.length}</span>
            </h4>
            <ul data-testid={`version-changes-${change}`}>
              {entries.map((element) => (
                <ChangeEntry key={element.id} element={element} onFocus={onFocus} />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function ChangeEntry({
  element,
  onFocus,
}: {
  element: ElementDiff;
  onFocus: (id: string) => void;
}) {
  return (
    <li className={`change-entry change-${element.change}`} data-id={element.id}>
      <button
        type="button"
        className="change-element"
        onClick={() => onFocus(element.id)}
        title="Show it on the map"
      >
        <span className="change-name">{element.name}</span>
        <span className="change-kind">{element.kindLabel}</span>
      </button>
      {element.fields.length > 0 && (
        <ul className="change-fields">
          {element.fields.map((field) => (
            <FieldLine key={field.key} field={field} />
          ))}
        </ul>
      )}
    </li>
  );
}

function FieldLine({ field }: { field: FieldChange }) {
  if (field.type === 'layout') {
    return (
      <li className="change-field change-layout" data-key={field.key}>
        {field.label} on the canvas
      </li>
    );
  }
  return (
    <li className="change-field" data-key={field.key}>
      <span className="change-field-label">{field.label}:</span>{' '}
      <Value value={field.before} side="before" /> <span className="change-arrow">→</span>{' '}
      <Value value={field.after} side="after" />
    </li>
  );
}

function Value({ value, side }: { value: ValueChange['before']; side: 'before' | 'after' }) {
  return value === null ? (
    <span className={`change-value change-${side} is-unset`}>not set</span>
  ) : (
    <span className={`change-value change-${side}`}>{value}</span>
  );
}
