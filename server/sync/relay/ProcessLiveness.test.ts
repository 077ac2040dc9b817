import { describe, expect, it } from 'vitest';
import { ProcessLiveness } from './ProcessLiveness.ts';

describe('ProcessLiveness', () => {
  it('names a process gone once it has been silent too long, and only once', () => {
    const liveness = new ProcessLiveness(5_000);
    liveness.heard('a', 0);
    liveness.heard('b', 0);
    liveness.heard('b', 3_000);
    expect(liveness.sweep(4_999)).toEqual([]);
    expect(liveness.sweep(5_000)).toEqual(['a']);
    expect(liveness.sweep(8_000)).toEqual(['b']);
    expect(liveness.sweep(60_000)).toEqual([]);
  });

  it('judges nobody on a silence this process caused by losing the relay itself', () => {
    const liveness = new ProcessLiveness(5_000);
    liveness.heard('a', 0);
    liveness.restart(20_000);
    expect(liveness.sweep(24_000)).toEqual([]);
    expect(liveness.sweep(25_000)).toEqual(['a']);
  });
});
