import type * as Y from 'yjs';
import { SvgIcon } from '../icons/SvgIcon.tsx';
import { countdownAt, describeRemaining } from './countdown.ts';
import { useNow } from './useNow.ts';
import { useTimer } from './useTimer.ts';
import './facilitate.css';

/**
 * The facilitator's countdown, for everyone (viewers too): the time left, amber in the last
 * minute, then "Time's up". It lives in the doc, so it is there again after a reload.
 */
export function TimerDisplay({ doc }: { doc: Y.Doc }) {
  const timer = useTimer(doc);
  const now = useNow(timer !== null);
  if (!timer) return null;
  const view = countdownAt(timer, now);
  if (view.phase === 'stale') return null;
  const spoken = view.phase === 'over' ? "Time's up" : describeRemaining(view.remainingMs);
  const left = view.remainingMs / timer.durationMs;
  return (
    <div
      className={`timer timer-${view.phase}`}
      role="timer"
      aria-label={timer.label ? `${timer.label}: ${spoken}` : `Countdown: ${spoken}`}
      title={timer.label ? `${timer.label} — ${spoken}` : spoken}
      data-testid="timer"
      data-phase={view.phase}
    >
      <SvgIcon size={14} className="timer-icon">
        <circle cx="8" cy="9" r="6" fill="none" stroke="currentColor" strokeWidth="1.8" />
        <path d="M8 5.5V9l2.2 1.6M6 1.5h4" fill="none" stroke="currentColor" strokeWidth="1.8" />
      </SvgIcon>
      {timer.label && <span className="timer-label">{timer.label}</span>}
      <span className="timer-time">{view.text}</span>
      <span className="timer-bar" aria-hidden="true">
        <span style={{ width: `${Math.round(left * 1000) / 10}%` }} />
      </span>
    </div>
  );
}
