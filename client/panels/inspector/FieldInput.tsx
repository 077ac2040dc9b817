import type { FieldDef } from '../../../shared/model/fields.ts';
import { AddFromCatalogue, SuggestionList } from './CatalogueSuggestions.tsx';
import type { FieldDraft } from './useFieldDraft.ts';

interface FieldInputProps {
  id: string;
  field: FieldDef;
  draft: FieldDraft;
  readOnly: boolean;
  describedBy: string;
}

/** The input for a field's type, wired to its draft. */
export function FieldInput({ id, field, draft, readOnly, describedBy }: FieldInputProps) {
  const common = {
    id,
    'aria-describedby': describedBy,
    'aria-invalid': draft.error ? true : undefined,
    'aria-required': field.required ? true : undefined,
  };
  const typed = {
    ...common,
    value: draft.text,
    readOnly,
    onChange: (event: { target: { value: string } }) => draft.onChange(event.target.value),
    onBlur: draft.onBlur,
    onKeyDown: draft.onKeyDown,
  };

  switch (field.type) {
    case 'text':
      return field.suggestions && !readOnly ? (
        <>
          <input {...typed} type="text" autoComplete="off" list={`${id}-suggestions`} />
          <SuggestionList id={`${id}-suggestions`} suggestions={field.suggestions} />
        </>
      ) : (
        <input {...typed} type="text" autoComplete="off" />
      );
    case 'date':
      return <input {...typed} type="date" />;
    case 'number':
      return <input {...typed} type="text" inputMode="numeric" autoComplete="off" />;
    case 'money':
      return (
        <div className="inspector-money">
          <span aria-hidden="true">£</span>
          <input {...typed} type="text" inputMode="decimal" autoComplete="off" />
        </div>
      );
    case 'longText':
      return <textarea {...typed} rows={3} />;
    case 'list':
      return (
        <>
          <textarea {...typed} rows={3} placeholder={readOnly ? undefined : 'One per line'} />
          {field.suggestions && !readOnly && (
            <AddFromCatalogue
              fieldLabel={field.label}
              suggestions={field.suggestions}
              current={draft.text}
              onAdd={draft.commitNow}
            />
          )}
        </>
      );
    case 'choice':
    case 'boolean': {
      const options =
        field.type === 'boolean'
          ? [
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No' },
            ]
          : (field.options ?? []);
      return (
        <select
          {...common}
          value={draft.text}
          disabled={readOnly}
          onChange={(event) => draft.commitNow(event.target.value)}
        >
          <option value="">Not set</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      );
    }
    default: {
      const never: never = field.type;
      return <span>{String(never)}</span>;
    }
  }
}
