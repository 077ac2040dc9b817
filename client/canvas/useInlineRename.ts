import { type KeyboardEvent, useState } from 'react';
import { useMapActions } from './MapActions.ts';

/** Inline renaming of a node: start on double-click, commit on Enter or blur, Escape cancels. */
export function useInlineRename(id: string, label: string) {
  const { readOnly, rename } = useMapActions();
  const [draft, setDraft] = useState<string | null>(null);

  function commit() {
    if (draft !== null) rename(id, draft);
    setDraft(null);
  }

  return {
    draft,
    start: () => !readOnly && setDraft(label),
    inputProps: {
      className: 'label-input nodrag',
      'aria-label': 'Name',
      value: draft ?? '',
      maxLength: 500,
      autoFocus: true,
      onChange: (event: { target: { value: string } }) => setDraft(event.target.value),
      onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
        if (event.key === 'Enter') commit();
        if (event.key === 'Escape') setDraft(null);
      },
      onBlur: commit,
    },
    readOnly,
  };
}
