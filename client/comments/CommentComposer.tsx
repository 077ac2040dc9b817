import { type FormEvent, type KeyboardEvent, useId, useState } from 'react';
import { MAX_COMMENT_LENGTH } from '../../shared/ydoc/comments.ts';

/** A box to write a comment or a reply; Ctrl+Enter (⌘+Enter) sends it too. */
export function CommentComposer({
  label,
  placeholder,
  submitLabel,
  autoFocus = false,
  onSubmit,
  onCancel,
}: {
  /** What the box is for, read out to screen readers and shown above it. */
  label: string;
  placeholder: string;
  submitLabel: string;
  autoFocus?: boolean;
  onSubmit: (text: string) => void;
  onCancel?: () => void;
}) {
  const [text, setText] = useState('');
  const id = useId();
  const empty = text.trim() === '';

  const send = () => {
    if (empty) return;
    onSubmit(text);
    setText('');
  };
  const onFormSubmit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      send();
    } else if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <form className="comment-composer" onSubmit={onFormSubmit}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        value={text}
        placeholder={placeholder}
        maxLength={MAX_COMMENT_LENGTH}
        rows={3}
        // biome-ignore lint/a11y/noAutofocus: the box was opened to be written in
        autoFocus={autoFocus}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="row comment-composer-actions">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="primary" disabled={empty} title="Ctrl+Enter">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
