import { describe, expect, it } from 'vitest';
import { buildLegend } from './legend.ts';

describe('buildLegend', () => {
  it('lists only the kinds on the map, bodies first, in the palette order', () => {
    const legend = buildLegend({
      nodes: [{ kind: 'nhs-trust' }, { kind: 'footprint' }, { kind: 'icb' }, { kind: 'icb' }],
      edges: [{ kind: 'delegates' }, { kind: 'accountable-to' }],
    });
    expect(legend).toEqual([
      {
        label: 'Integrated care board',
        color: '#005eb8',
        kind: 'body',
        short: 'ICB',
        statutory: true,
      },
      { label: 'NHS trust', color: '#007f3b', kind: 'body', short: 'TRUST', statutory: true },
      { label: 'Accountable to', color: '#003087', kind: 'relationship' },
      { label: 'Delegates to', color: '#7c2855', kind: 'relationship', dash: '9 4' },
    ]);
  });
});
