import { describe, expect, it } from 'vitest';
import {
  countdownAt,
  describeRemaining,
  formatRemaining,
  parseMinutes,
  TIMES_UP_SHOWN_MS,
} from './countdown.ts';

const START = Date.UTC(2025, 2, 11, 10, 0, 0);
const fiveMinutes = { endsAt: START + 300_000, durationMs: 300_000 };

describe('countdownAt', () => {
  it('reads the full length at the start', () => {
    expect(countdownAt(fiveMinutes, START)).toEqual({
      phase: 'running',
      remainingMs: 300_000,
      text: '5:00',
    });
  });

  it('counts down in whole seconds, rounding up', () => {
    expect(countdownAt(fiveMinutes, START + 1).text).toBe('5:00');
    expect(countdownAt(fiveMinutes, START + 1000).text).toBe('4:59');
    expect(countdownAt(fiveMinutes, START + 299_001).text).toBe('0:01');
  });

  it('turns to its last minute at 1:00', () => {
    expect(countdownAt(fiveMinutes, START + 239_999).phase).toBe('running');
    expect(countdownAt(fiveMinutes, START + 240_000)).toMatchObject({
      phase: 'ending',
      text: '1:00',
    });
  });

  it("says time's up when it ends, and for a while after", () => {
    expect(countdownAt(fiveMinutes, START + 300_000)).toEqual({
      phase: 'over',
      remainingMs: 0,
      text: "Time's up",
    });
    expect(countdownAt(fiveMinutes, START + 300_000 + TIMES_UP_SHOWN_MS).phase).toBe('over');
  });

  it('is hidden long after it ended, when no one stopped it', () => {
    expect(countdownAt(fiveMinutes, START + 300_001 + TIMES_UP_SHOWN_MS).phase).toBe('stale');
  });

  it('never shows more than was set, on a laptop whose clock is behind', () => {
    expect(countdownAt(fiveMinutes, START - 90_000)).toMatchObject({
      remainingMs: 300_000,
      text: '5:00',
    });
  });
});

describe('formatRemaining', () => {
  it('reads like a clock', () => {
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(9_000)).toBe('0:09');
    expect(formatRemaining(600_000)).toBe('10:00');
    expect(formatRemaining(3_600_000)).toBe('1:00:00');
    expect(formatRemaining(3_725_000)).toBe('1:02:05');
  });
});

describe('describeRemaining', () => {
  it('says it in words', () => {
    expect(describeRemaining(299_000)).toBe('4 minutes 59 seconds left');
    expect(describeRemaining(60_000)).toBe('1 minute left');
    expect(describeRemaining(1_000)).toBe('1 second left');
    expect(describeRemaining(0)).toBe('0 seconds left');
  });
});

describe('parseMinutes', () => {
  it('takes whole and part minutes', () => {
    expect(parseMinutes('7')).toEqual({ ok: true, ms: 420_000 });
    expect(parseMinutes(' 1.5 ')).toEqual({ ok: true, ms: 90_000 });
    expect(parseMinutes('2,5')).toEqual({ ok: true, ms: 150_000 });
  });

  it.each(['', '   ', 'ten', '0', '-3', 'Infinity', '481'])('refuses %j with a reason', (text) => {
    const parsed = parseMinutes(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(/minutes/);
  });
});
