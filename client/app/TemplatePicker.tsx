import type { TemplateGroup } from '../../shared/templates/templates.ts';
import { findTemplate, TEMPLATES } from '../../shared/templates/templates.ts';

const GROUPS: ReadonlyArray<{ group: TemplateGroup; label: string }> = [
  { group: 'place', label: 'Place partnerships' },
  { group: 'collaborative', label: 'Provider collaboratives' },
  { group: 'system', label: 'Whole system' },
  { group: 'reform', label: 'Structures of 2025–26' },
];

/** Chooses what a new map starts from: '' for a blank map, else a template id. */
export function TemplatePicker({
  value,
  onChange,
}: {
  value: string;
  onChange: (templateId: string) => void;
}) {
  const chosen = value ? findTemplate(value) : undefined;
  return (
    <div className="template-picker">
      <label htmlFor="map-template">Start from</label>
      <select
        id="map-template"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby="map-template-description"
      >
        <option value="">A blank map</option>
        {GROUPS.map(({ group, label }) => (
          <optgroup key={group} label={label}>
            {TEMPLATES.filter((template) => template.group === group).map((template) => (
              <option key={template.id} value={template.id}>
                {template.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <p id="map-template-description" className="muted">
        {chosen ? chosen.description : 'An empty canvas to draw on from scratch.'}
      </p>
    </div>
  );
}
