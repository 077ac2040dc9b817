import { describe, expect, it } from 'vitest';
import { functionKey } from '../model/functionCatalogue.ts';
import { inForce, subjectAt } from './subjectAt.ts';
import { body, footprint, rel, subject } from './testSubject.ts';
import { validateSpec } from './validateSpec.ts';

// A merger: two ICBs hand over to one on 1 April 2026; each holds primary care.
const area = footprint('fp-ne', 'system');
const north = body('QHM', 'icb', {
  name: 'North ICB',
  footprint: area.id,
  functions: ['primary medical services'],
  validTo: '2026-03-31',
});
const south = body('QWO', 'icb', {
  name: 'South ICB',
  footprint: area.id,
  functions: ['primary-medical-services'],
  validTo: '2026-03-31',
});
const merged = body('QOQ', 'icb', {
  name: 'Merged ICB',
  footprint: area.id,
  functions: ['Primary medical services commissioning'],
  validFrom: '2026-04-01',
});
const nhse = body('nhse', 'nhs-england', { name: 'NHS England' });
const merger = subject({
  footprints: [area],
  bodies: [north, south, merged, nhse],
  relationships: [
    rel('succeeded-by', north.id, merged.id, { validFrom: '2026-04-01' }),
    rel('succeeded-by', south.id, merged.id, { validFrom: '2026-04-01' }),
    rel('accountable-to', north.id, nhse.id),
    rel('accountable-to', merged.id, nhse.id),
  ],
});

describe('time: validation as at a date', () => {
  it('keeps what is in force, both ends inclusive', () => {
    expect(inForce(north, '2026-03-31')).toBe(true);
    expect(inForce(north, '2026-04-01')).toBe(false);
    expect(inForce(merged, '2026-04-01')).toBe(true);
    expect(inForce({}, '1999-01-01')).toBe(true);
  });

  it('drops a relationship with the body at either end', () => {
    const before = subjectAt(merger, '2026-01-01');
    expect(before.bodies.map((b) => b.id)).toEqual([north.id, south.id, nhse.id]);
    expect(before.relationships.map((r) => r.kind)).toEqual(['accountable-to']);
    const after = subjectAt(merger, '2026-06-01');
    expect(after.bodies.map((b) => b.id)).toEqual([merged.id, nhse.id]);
    expect(after.relationships.map((r) => r.from)).toEqual([merged.id]);
  });

  it('finds the two outgoing ICBs duplicating primary care before the merger, and nothing after', () => {
    const rules = (asAt?: string) =>
      validateSpec(merger, asAt ? { asAt } : {}).warnings.filter(
        (f) => f.rule === 'duplicate-function',
      );
    // The catalogue makes three spellings one function; succeeded-by excuses the merger pairs.
    expect(functionKey('primary medical services')).toBe(functionKey('primary-medical-services'));
    expect(rules().map((f) => f.elements)).toEqual([[north.id, south.id]]);
    expect(rules('2026-01-01').map((f) => f.elements)).toEqual([[north.id, south.id]]);
    expect(rules('2026-04-01')).toEqual([]);
  });
});
