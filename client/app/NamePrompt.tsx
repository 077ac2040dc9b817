import { type FormEvent, useState } from 'react';

/** Asks for the name others will see beside this participant's cursor. Asked once. */
export function NamePrompt({ onName }: { onName: (name: string) => void }) {
  const [name, setName] = useState('');

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (name.trim()) onName(name.trim());
  }

  return (
    <div className="modal-backdrop">
      <form className="modal" onSubmit={onSubmit} aria-labelledby="name-heading">
        <h2 id="name-heading">What should others call you?</h2>
        <p className="muted">
          Your name appears beside your cursor and in the list of participants.
        </p>
        <label htmlFor="participant-name">Your name</label>
        <input
          id="participant-name"
          value={name}
          maxLength={60}
          // biome-ignore lint/a11y/noAutofocus: the only thing to do on this screen
          autoFocus
          onChange={(event) => setName(event.target.value)}
          placeholder="e.g. Priya Shah, Leeds ICB"
        />
        <button type="submit" className="primary" disabled={!name.trim()}>
          Join the map
        </button>
      </form>
    </div>
  );
}
