import { useId, useState } from 'react';
import type { FieldOption } from '../../../shared/model/fields.ts';

/**
 * The suggestions of a free-text field (the function catalogue) as a native datalist: the
 * browser filters it as one types and reads it as a combobox's options, and any other text
 * is still accepted. Each option shows who holds the function.
 */
export function SuggestionList({
  id,
  suggestions,
}: {
  id: string;
  suggestions: readonly FieldOption[];
}) {
  return (
    <datalist id={id}>
      {suggestions.map((suggestion) => (
        <option key={suggestion.value} value={suggestion.label}>
          {suggestion.detail}
        </option>
      ))}
    </datalist>
  );
}

interface AddFromCatalogueProps {
  /** The field's label, for the input's name ("Add to Functions held"). */
  fieldLabel: string;
  suggestions: readonly FieldOption[];
  /** The list as it stands, one item a line. */
  current: string;
  /** Saves the list with the new item added. */
  onAdd: (list: string) => void;
}

/**
 * Under a one-per-line list field: a searchable input of the catalogue that adds the chosen
 * function (or any words typed) as a new line, unless the list already holds it.
 */
export function AddFromCatalogue({
  fieldLabel,
  suggestions,
  current,
  onAdd,
}: AddFromCatalogueProps) {
  const listId = useId();
  const [text, setText] = useState('');
  const lines = current
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const add = (value: string) => {
    const item = value.trim();
    if (!item) return;
    setText('');
    if (lines.some((line) => line.toLowerCase() === item.toLowerCase())) return;
    onAdd([...lines, item].join('\n'));
  };
  return (
    <div className="inspector-add">
      <input
        type="text"
        list={listId}
        value={text}
        aria-label={`Add to ${fieldLabel}`}
        placeholder="Search the catalogue…"
        autoComplete="off"
        onChange={(event) => {
          const value = event.target.value;
          // Picking a suggestion is the whole gesture: it is added at once.
          if (suggestions.some((suggestion) => suggestion.label === value)) add(value);
          else setText(value);
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
          event.preventDefault();
          add(text);
        }}
      />
      <button type="button" onClick={() => add(text)} disabled={!text.trim()}>
        Add
      </button>
      <SuggestionList id={listId} suggestions={suggestions} />
    </div>
  );
}
