import { type FormEvent, useState } from 'react';
import { Dialog } from '../ui/Dialog.tsx';

/** Asks for the name others will see beside this participant's cursor. Asked once. */
export function NamePrompt({ onName }: { onName: (name: string) => void }) {
  const [name, setName] = useState('');

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (name.trim()) onName(name.trim());
  }

  return (
    // Nothing on the map works without a name, so this question cannot be dismissed.
    <Dialog className="modal" labelledBy="name-heading" onClose={() => {}} dismissible={false}>
      <form className="modal-form" onSubmit={onSubmit}>
        <h2 id="name-heading">What should others call you?</h2>
        <p className="muted">
          Your name appears beside your cursor and in the list of participants.
        </p>
        <label htmlFor="participant-name">Your name</label>
        <input
          id="participant-name"
          value={name}
          maxLength={60}
          autoFocus
          onChange={(event) => setName(event.target.value)}
          placeholder="e.g. Priya Shah, Leeds ICB"
        />
        <button type="submit" className="primary" disabled={!name.trim()}>
          Join the map
        </button>
      </form>
    </Dialog>
  );
}
