import type { Timer } from '../../shared/ydoc/facilitation.ts';

/** The ready-made lengths of the facilitator's countdown, in minutes. */
export const TIMER_PRESETS_MINUTES = [2, 5, 10, 15] as const;

/** The longest countdown the facilitator may set, in minutes (a whole workshop day). */
export const MAX_TIMER_MINUTES = 480;

/** The last stretch of a countdown, shown in amber. */
export const ENDING_MS = 60_000;

/** How long "Time's up" stays up when no one stops the countdown. */
export const TIMES_UP_SHOWN_MS = 30 * 60_000;

/**
 * Where a countdown stands: running, in its last minute, just over, or long over (hidden, so
 * a countdown no one stopped does not greet the next day's readers).
 */
export type CountdownPhase = 'running' | 'ending' | 'over' | 'stale';

/** A countdown as shown: its phase and what it reads. */
export interface CountdownView {
  phase: CountdownPhase;
  /** Milliseconds left, never below 0 nor above the length it was set for. */
  remainingMs: number;
  /** "4:59", "1:02:00", or "Time's up". */
  text: string;
}

/**
 * The countdown at `now`. Clocks differ between laptops, so the time left is capped at the
 * length the facilitator set: a laptop running slow never shows more than was asked for.
 */
export function countdownAt(timer: Timer, now: number): CountdownView {
  const remainingMs = Math.min(Math.max(timer.endsAt - now, 0), timer.durationMs);
  if (remainingMs <= 0) {
    const phase = now - timer.endsAt > TIMES_UP_SHOWN_MS ? 'stale' : 'over';
    return { phase, remainingMs: 0, text: "Time's up" };
  }
  return {
    phase: remainingMs <= ENDING_MS ? 'ending' : 'running',
    remainingMs,
    text: formatRemaining(remainingMs),
  };
}

/** Time left as a clock reads: whole seconds rounded up, so it shows 0:00 only when done. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

/** Time left in words, for screen readers and tooltips: "4 minutes 59 seconds left". */
export function describeRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const parts = [
    minutes > 0 ? `${minutes} minute${minutes === 1 ? '' : 's'}` : '',
    seconds > 0 || minutes === 0 ? `${seconds} second${seconds === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return `${parts.join(' ')} left`;
}

/**
 * The minutes typed for a custom countdown, as milliseconds, or a reason it cannot be used.
 * Fractions are allowed (1.5 is a minute and a half).
 */
export function parseMinutes(
  text: string,
): { ok: true; ms: number } | { ok: false; reason: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'Type how many minutes.' };
  const minutes = Number(trimmed.replace(',', '.'));
  if (!Number.isFinite(minutes) || minutes <= 0) {
    return { ok: false, reason: 'Type a number of minutes above 0.' };
  }
  if (minutes > MAX_TIMER_MINUTES) {
    return { ok: false, reason: `A countdown can last at most ${MAX_TIMER_MINUTES} minutes.` };
  }
  const ms = Math.round(minutes * 60_000);
  // A blink of a countdown (0.001 minutes) is a typing slip, not a timer.
  if (ms < 1_000) return { ok: false, reason: 'Type a number of minutes above 0.' };
  return { ok: true, ms };
}
