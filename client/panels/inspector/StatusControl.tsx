import { ELEMENT_STATUSES, type ElementStatus } from '../../../shared/model/status.ts';

const STATUS_LABEL: Record<ElementStatus, string> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  disputed: 'Disputed',
};

interface StatusControlProps {
  legend: string;
  /** The status they all share, or undefined when they differ. */
  current: ElementStatus | undefined;
  readOnly: boolean;
  onChange: (status: ElementStatus) => void;
}

/** Where the room stands on the selection: a three-way segmented control. */
export function StatusControl({ legend, current, readOnly, onChange }: StatusControlProps) {
  return (
    <fieldset className="inspector-status">
      <legend className="inspector-field-label">{legend}</legend>
      <div className="inspector-segments">
        {ELEMENT_STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            className={`status-${status}`}
            aria-pressed={current === status}
            disabled={readOnly}
            onClick={() => current !== status && onChange(status)}
          >
            {STATUS_LABEL[status]}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
