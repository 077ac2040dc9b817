import { describe, expect, it } from 'vitest';
import { body, rel, testSpec } from '../../shared/spec/review/testSpec.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import type { NodeRecord } from '../../shared/ydoc/schema.ts';
import { documentChoices, whyNoDocuments } from './documentChoices.ts';

const spec = testSpec({
  bodies: [
    body('icb-a', 'icb', { name: 'ICB A' }),
    body('committee-a', 'committee', { name: 'a committee' }),
    body('trust-a', 'nhs-trust', { name: 'Trust A' }),
  ],
  relationships: [rel('delegates', 'icb-a', 'committee-a', { function: 'x' })],
});

function node(id: string, kind: NodeRecord['kind'], status: NodeRecord['status'], label: string) {
  return { id, kind, status, label } as NodeRecord;
}

const snapshot = {
  nodes: [
    node('trust-a', 'nhs-trust', 'agreed', 'Trust A'),
    node('trust-b', 'nhs-trust', 'disputed', 'Trust B'),
    node('fp-a', 'footprint', 'agreed', 'Leeds'),
  ],
} as MapSnapshot;

describe('the Documents menu’s choices', () => {
  it('lists agreed bodies that have documents, by name, with their documents', () => {
    expect(documentChoices(spec)).toEqual([
      {
        id: 'committee-a',
        name: 'a committee',
        kinds: ['terms-of-reference', 'delegation-agreement'],
      },
      { id: 'icb-a', name: 'ICB A', kinds: ['scheme-of-delegation'] },
    ]);
  });

  it('says why the selected element has none', () => {
    const choices = documentChoices(spec);
    expect(whyNoDocuments(snapshot, choices, undefined)).toBeUndefined();
    expect(whyNoDocuments(snapshot, choices, 'icb-a')).toBeUndefined();
    expect(whyNoDocuments(snapshot, choices, 'trust-a')).toContain(
      'No document is written for Trust A',
    );
    expect(whyNoDocuments(snapshot, choices, 'trust-b')).toBe(
      'Trust B is disputed: documents are made from the agreed map only.',
    );
    expect(whyNoDocuments(snapshot, choices, 'fp-a')).toContain('Leeds is a footprint');
  });
});
