import { type FormEvent, useId, useState } from 'react';
import { startTimer, stopTimer } from '../../shared/ydoc/facilitation.ts';
import type { MapSession } from '../collab/useMapSession.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { countdownAt, parseMinutes, TIMER_PRESETS_MINUTES } from './countdown.ts';
import { FacilitatorSection } from './FacilitatorSection.tsx';
import { useTimer } from './useTimer.ts';

// The countdown is not part of the map: written under its own origin, Ctrl+Z leaves it alone.
const TIMER_ORIGIN = { kind: 'facilitation', of: 'timer' } as const;

/**
 * The facilitator's countdown: start one of the usual lengths or any number of minutes, with
 * an optional note of what it is for; stop it. Everyone sees it in the top bar (TimerDisplay).
 */
export function TimerControls({
  session,
  onNotice,
}: {
  session: MapSession;
  onNotice: (message: string) => void;
}) {
  const { doc } = session;
  const timer = useTimer(doc);
  const [open, setOpen] = useState(false);
  const [minutes, setMinutes] = useState('');
  const [label, setLabel] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const ids = useId();
  const shown = timer !== null && countdownAt(timer, Date.now()).phase !== 'stale';

  const start = (durationMs: number) => {
    startTimer(doc, TIMER_ORIGIN, durationMs, Date.now(), label.trim().slice(0, 100) || undefined);
    setOpen(false);
    setProblem(null);
    setMinutes('');
    setLabel('');
  };

  const startCustom = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseMinutes(minutes);
    if (parsed.ok) start(parsed.ms);
    else setProblem(parsed.reason);
  };

  const stop = () => {
    stopTimer(doc, TIMER_ORIGIN);
    onNotice('The countdown was stopped.');
  };

  return (
    <FacilitatorSection label="Timer">
      <div className="timer-controls">
        <button
          type="button"
          aria-expanded={open}
          aria-haspopup="dialog"
          onClick={() => setOpen(!open)}
          title="Start a countdown everyone sees"
        >
          Timer
        </button>
        {shown && (
          <button type="button" onClick={stop}>
            Stop timer
          </button>
        )}
        {open && (
          <Dialog
            className="modal timer-dialog"
            labelledBy={`${ids}-title`}
            onClose={() => setOpen(false)}
          >
            <form className="modal-form timer-form" onSubmit={startCustom}>
              <h2 id={`${ids}-title`}>{shown ? 'Start a new countdown' : 'Start a countdown'}</h2>
              <label className="timer-field" htmlFor={`${ids}-label`}>
                What for <span className="muted">(optional)</span>
              </label>
              <input
                id={`${ids}-label`}
                value={label}
                maxLength={100}
                placeholder="e.g. Discuss in tables"
                onChange={(event) => setLabel(event.target.value)}
              />
              <div className="presets timer-presets">
                {TIMER_PRESETS_MINUTES.map((preset) => (
                  <button key={preset} type="button" onClick={() => start(preset * 60_000)}>
                    {preset} min
                  </button>
                ))}
              </div>
              <label className="timer-field" htmlFor={`${ids}-minutes`}>
                Or another length, in minutes
              </label>
              <div className="row">
                <input
                  id={`${ids}-minutes`}
                  inputMode="decimal"
                  placeholder="e.g. 7"
                  value={minutes}
                  onChange={(event) => {
                    setMinutes(event.target.value);
                    setProblem(null);
                  }}
                  aria-invalid={problem !== null}
                  aria-describedby={problem ? `${ids}-problem` : undefined}
                />
                <button type="submit" className="primary">
                  Start
                </button>
              </div>
              {problem && (
                <p className="error timer-problem" id={`${ids}-problem`} role="alert">
                  {problem}
                </p>
              )}
            </form>
          </Dialog>
        )}
      </div>
    </FacilitatorSection>
  );
}
