import { describe, expect, it } from 'vitest';
import { edgeLabel } from './edgeLabel.ts';

const delegation = (fn: string) => ({
  id: 'rel-1',
  kind: 'delegates' as const,
  source: 'nhse',
  target: 'QWO',
  status: 'proposed' as const,
  attrs: { function: fn },
});

describe('edgeLabel', () => {
  it('names a catalogue function by its name, and free text as written', () => {
    expect(edgeLabel(delegation('specialised-services'))).toBe(
      'delegates: specialised services delegated to ICBs (2025/26)',
    );
    expect(edgeLabel(delegation('Leeds place budget'))).toBe('delegates: Leeds place budget');
  });
});
