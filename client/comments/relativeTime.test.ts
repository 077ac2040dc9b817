import { describe, expect, it } from 'vitest';
import { fullTime, relativeTime } from './relativeTime.ts';

// Local times, so that "yesterday" means the same on every machine's time zone.
const now = new Date(2026, 0, 15, 14, 30);
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('relativeTime', () => {
  it('says "just now" for the last 45 seconds, and for a clock a little ahead', () => {
    expect(relativeTime(ago(0), now)).toBe('just now');
    expect(relativeTime(ago(44_000), now)).toBe('just now');
    expect(relativeTime(ago(-30_000), now)).toBe('just now');
  });

  it('counts minutes within the hour', () => {
    expect(relativeTime(ago(50_000), now)).toBe('1 min ago');
    expect(relativeTime(ago(5 * MINUTE), now)).toBe('5 min ago');
    expect(relativeTime(ago(59 * MINUTE), now)).toBe('59 min ago');
  });

  it('counts hours on the same day', () => {
    expect(relativeTime(ago(HOUR), now)).toBe('1 hour ago');
    expect(relativeTime(ago(3 * HOUR + 20 * MINUTE), now)).toBe('3 hours ago');
    expect(relativeTime(new Date(2026, 0, 15, 0, 5).toISOString(), now)).toBe('14 hours ago');
  });

  it('says "yesterday" for the day before, then counts days for a week', () => {
    expect(relativeTime(new Date(2026, 0, 14, 23, 50).toISOString(), now)).toBe('yesterday');
    expect(relativeTime(new Date(2026, 0, 14, 8, 0).toISOString(), now)).toBe('yesterday');
    expect(relativeTime(new Date(2026, 0, 12, 9, 0).toISOString(), now)).toBe('3 days ago');
  });

  it('gives the date after a week, with the year only when it is not this one', () => {
    expect(relativeTime(new Date(2026, 0, 2, 9, 0).toISOString(), now)).toBe('2 Jan');
    expect(relativeTime(new Date(2025, 11, 24, 9, 0).toISOString(), now)).toBe('24 Dec 2025');
  });

  it('gives nothing for a time it cannot read', () => {
    expect(relativeTime('not a date', now)).toBe('');
    expect(fullTime('not a date')).toBe('');
  });
});

describe('fullTime', () => {
  it('gives the date and time in full, for a tooltip', () => {
    const text = fullTime(new Date(2026, 0, 15, 9, 30).toISOString());
    expect(text).toContain('15 January 2026');
    expect(text).toContain('09:30');
  });
});
