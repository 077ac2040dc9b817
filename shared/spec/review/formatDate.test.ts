import { describe, expect, it } from 'vitest';
import { formatDate } from './formatDate.ts';

describe('formatDate', () => {
  it('reads the date as written, whatever the time zone', () => {
    expect(formatDate('2026-01-15T10:30:00.000Z')).toBe('15 January 2026');
    expect(formatDate('2025-12-31T23:30:00-05:00')).toBe('31 December 2025');
  });

  it('returns what it cannot read unchanged', () => {
    expect(formatDate('soon')).toBe('soon');
    expect(formatDate('2026-13-01')).toBe('2026-13-01');
  });
});
