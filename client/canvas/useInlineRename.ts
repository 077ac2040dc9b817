import { type KeyboardEvent, useState } from 'react';
import { useLockedForMe } from '../facilitate/useLockedForMe.ts';
import { useMapActions } from './MapActions.ts';

/** Inline renaming of a node: start on double-click, commit on Enter or blur, Escape cancels. */
export function useInlineRename(id: string, label: string) {
  const actions = useMapActions();
  const { rename } = actions;
  // A locked element is renamed only by the facilitator.
  const lockedForMe = useLockedForMe();
  const readOnly = actions.readOnly || lockedForMe.has(id);
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
