import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/spec/specSchema.ts';
import { createFindingsStore } from './findingsStore.ts';

const missing: Finding = {
  rule: 'unaccountable-body',
  severity: 'warning',
  message: 'Leeds Place Committee is accountable to no one.',
  elements: ['committee'],
};
const cycle: Finding = {
  rule: 'accountability-cycle',
  severity: 'error',
  message: 'Accountability goes round in a circle.',
  elements: ['committee', 'icb'],
};

describe('the findings store', () => {
  it('notifies no one when the same findings come back', () => {
    const store = createFindingsStore();
    const findings = { errors: [cycle], warnings: [missing] };
    store.take(findings);
    let notified = 0;
    store.subscribe(() => notified++);
    store.take(findings);
    expect(notified).toBe(0);
  });

  it('flags each element with its worst finding', () => {
    const store = createFindingsStore();
    store.take({ errors: [cycle], warnings: [missing] });
    expect(store.getState().flags).toEqual(
      new Map([
        ['committee', 'error'],
        ['icb', 'error'],
      ]),
    );
  });

  it('keeps the flags while no element’s worst finding changes', () => {
    const store = createFindingsStore();
    store.take({ errors: [cycle], warnings: [missing] });
    const { flags } = store.getState();
    // Reworded, and a warning on an element already in error: new findings, the same flags.
    store.take({ errors: [{ ...cycle, message: 'A circle.' }], warnings: [] });
    expect(store.getState().errors[0]?.message).toBe('A circle.');
    expect(store.getState().flags).toBe(flags);
    store.take({ errors: [], warnings: [missing] });
    expect(store.getState().flags).not.toBe(flags);
    expect(store.getState().flags).toEqual(new Map([['committee', 'warning']]));
  });
});
