import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';
import type { EditResult } from '../../../shared/ydoc/attrs.ts';

/** One input's local draft over the doc's value, and the handlers that commit it. */
export interface FieldDraft {
  /** What the input shows: the draft while there is one, else the doc's current value. */
  text: string;
  /** Why the last commit was refused, if it was. */
  error: string | null;
  onChange: (text: string) => void;
  onBlur: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  /** Commits a value at once (selects: picking is the whole gesture). */
  commitNow: (text: string) => void;
}

interface Options {
  /** Textareas: Enter is a new line; Ctrl/Cmd+Enter commits. */
  multiline?: boolean;
  /** Told when a draft could not be saved as the input went away (e.g. the selection changed). */
  onLost?: (message: string) => void;
}

/**
 * Keeps what someone is typing apart from the live doc. Nothing is written per keystroke:
 * the draft is committed on blur or Enter, so a remote change to this field never clobbers
 * a draft, and while there is no draft the input follows the doc. A refused commit keeps the
 * draft and its message; Escape drops the draft.
 */
export function useFieldDraft(
  stored: string,
  commit: (text: string) => EditResult,
  options: Options = {},
): FieldDraft {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The latest draft and commit, for handlers and for the unmount flush.
  const latest = useRef({ draft, commit, onLost: options.onLost });
  latest.current = { draft, commit, onLost: options.onLost };

  const save = useCallback((text: string) => {
    const result = latest.current.commit(text);
    if (result.ok) {
      latest.current.draft = null;
      setDraft(null);
      setError(null);
    } else {
      setDraft(text);
      setError(result.message);
    }
  }, []);

  const revert = useCallback(() => {
    latest.current.draft = null;
    setDraft(null);
    setError(null);
  }, []);

  // An input removed while it holds a draft (no blur event then) still commits it.
  useEffect(
    () => () => {
      const { draft: pending, commit: write, onLost } = latest.current;
      if (pending === null) return;
      const result = write(pending);
      if (!result.ok) onLost?.(result.message);
    },
    [],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.key === 'Escape') {
        if (latest.current.draft === null) return;
        event.preventDefault();
        event.stopPropagation();
        revert();
        return;
      }
      if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
      if (options.multiline && !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      const pending = latest.current.draft;
      if (pending !== null) save(pending);
    },
    [options.multiline, save, revert],
  );

  return {
    text: draft ?? stored,
    error,
    onChange: (text: string) => {
      latest.current.draft = text;
      setDraft(text);
    },
    onBlur: () => {
      const pending = latest.current.draft;
      if (pending !== null) save(pending);
    },
    onKeyDown,
    commitNow: save,
  };
}
