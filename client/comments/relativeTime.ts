const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });
const DAY_MONTH_YEAR = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const FULL = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });

function isValid(date: Date): boolean {
  return Number.isFinite(date.getTime());
}

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/**
 * When something was written, as people say it: "just now", "5 min ago", "3 hours ago",
 * "yesterday", "4 days ago", then the date ("15 Jan", with the year when it is not this one).
 * A time a little ahead of this clock (another laptop's clock) reads "just now".
 */
export function relativeTime(iso: string, now: Date = new Date()): string {
  const then = new Date(iso);
  if (!isValid(then)) return '';
  const elapsed = now.getTime() - then.getTime();
  if (elapsed < 45_000) return 'just now';
  if (elapsed < HOUR) return `${Math.max(1, Math.round(elapsed / MINUTE))} min ago`;
  const days = Math.round((startOfDay(now) - startOfDay(then)) / DAY);
  if (days === 0) {
    const hours = Math.floor(elapsed / HOUR);
    return hours === 1 ? '1 hour ago' : `${hours} hours ago`;
  }
  if (days === 1) return 'yesterday';
  if (days < 7) return `${days} days ago`;
  return (then.getFullYear() === now.getFullYear() ? DAY_MONTH : DAY_MONTH_YEAR).format(then);
}

/** The full date and time, for a tooltip: "15 January 2026 at 09:30". */
export function fullTime(iso: string): string {
  const date = new Date(iso);
  return isValid(date) ? FULL.format(date) : '';
}
