import { useState } from 'react';
import {
  RELATIONSHIP_KIND_LABEL,
  RELATIONSHIP_KINDS,
  type RelationshipKind,
} from '../../shared/model/relationshipKinds.ts';
import { ELEMENT_STATUSES, type ElementStatus } from '../../shared/model/status.ts';
import { RelationshipSwatch } from '../canvas/RelationshipSwatch.tsx';
import type { ViewFilter } from '../canvas/toFlow.ts';

/** Ready-made layers: the questions people ask of a map. */
export const LAYER_PRESETS: Array<{ label: string; kinds: readonly RelationshipKind[] }> = [
  { label: 'Money', kinds: ['funds', 'commissions', 'subcontracts', 'hosts'] },
  {
    label: 'Accountability',
    kinds: ['accountable-to', 'delegates', 'oversees', 'assesses', 'scrutinises'],
  },
  { label: 'Membership', kinds: ['member-of', 'nominates', 'hosts'] },
];

const STATUS_LABEL: Record<ElementStatus, string> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  disputed: 'Disputed',
};

/** Layers (relationship kinds on and off), the status filter and the date the map shows. */
export function ViewControls({
  filter,
  onChange,
}: {
  filter: ViewFilter;
  onChange: (filter: ViewFilter) => void;
}) {
  const [open, setOpen] = useState<'layers' | 'status' | null>(null);
  const hiddenCount = filter.hiddenKinds.size;
  const statusCount = ELEMENT_STATUSES.length - filter.shownStatuses.size;

  function toggleKind(kind: RelationshipKind) {
    const hidden = new Set(filter.hiddenKinds);
    if (hidden.has(kind)) hidden.delete(kind);
    else hidden.add(kind);
    onChange({ ...filter, hiddenKinds: hidden });
  }

  function only(kinds: readonly RelationshipKind[]) {
    onChange({
      ...filter,
      hiddenKinds: new Set(RELATIONSHIP_KINDS.filter((k) => !kinds.includes(k))),
    });
  }

  function toggleStatus(status: ElementStatus) {
    const shown = new Set(filter.shownStatuses);
    if (shown.has(status)) shown.delete(status);
    else shown.add(status);
    onChange({ ...filter, shownStatuses: shown });
  }

  return (
    <div className="view-controls">
      <button
        type="button"
        aria-expanded={open === 'layers'}
        onClick={() => setOpen(open === 'layers' ? null : 'layers')}
      >
        Layers
        {hiddenCount > 0
          ? ` (${RELATIONSHIP_KINDS.length - hiddenCount} of ${RELATIONSHIP_KINDS.length})`
          : ''}
      </button>
      <button
        type="button"
        aria-expanded={open === 'status'}
        onClick={() => setOpen(open === 'status' ? null : 'status')}
      >
        Status{statusCount > 0 ? ' (filtered)' : ''}
      </button>
      <label className="as-at">
        As at
        <input
          type="date"
          value={filter.asAt ?? ''}
          onChange={(event) => {
            const { asAt: _old, ...rest } = filter;
            const date = event.target.value;
            onChange(date ? { ...rest, asAt: date } : rest);
          }}
        />
      </label>
      {open === 'layers' && (
        <fieldset className="popover layers-popover">
          <legend>Relationships shown</legend>
          <div className="presets">
            {LAYER_PRESETS.map((preset) => (
              <button key={preset.label} type="button" onClick={() => only(preset.kinds)}>
                Only {preset.label.toLowerCase()}
              </button>
            ))}
            <button type="button" onClick={() => only(RELATIONSHIP_KINDS)}>
              All
            </button>
          </div>
          {RELATIONSHIP_KINDS.map((kind) => (
            <label key={kind} className="check">
              <input
                type="checkbox"
                checked={!filter.hiddenKinds.has(kind)}
                onChange={() => toggleKind(kind)}
              />
              <RelationshipSwatch kind={kind} width={26} />
              {RELATIONSHIP_KIND_LABEL[kind]}
            </label>
          ))}
        </fieldset>
      )}
      {open === 'status' && (
        <fieldset className="popover status-popover">
          <legend>Statuses shown</legend>
          {ELEMENT_STATUSES.map((status) => (
            <label key={status} className="check">
              <input
                type="checkbox"
                checked={filter.shownStatuses.has(status)}
                onChange={() => toggleStatus(status)}
              />
              <span className={`status-dot status-${status}`} aria-hidden="true" />
              {STATUS_LABEL[status]}
            </label>
          ))}
          <label className="check">
            <input
              type="checkbox"
              checked={filter.dimInsteadOfHide}
              onChange={() => onChange({ ...filter, dimInsteadOfHide: !filter.dimInsteadOfHide })}
            />
            Fade the others instead of hiding them
          </label>
        </fieldset>
      )}
    </div>
  );
}
