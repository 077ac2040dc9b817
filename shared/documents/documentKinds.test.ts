import { describe, expect, it } from 'vitest';
import { body, rel, testSpec } from '../spec/review/testSpec.ts';
import { buildDocument } from './buildDocument.ts';
import { documentKindsFor, isDocumentKind, whyNotFor } from './documentKinds.ts';

const spec = testSpec({
  bodies: [
    body('icb-a', 'icb'),
    body('committee-a', 'committee', { committeeType: 'joint-committee' }),
    body('place-a', 'place-partnership', { governance: { model: 'consultative-forum' } }),
    body('place-b', 'place-partnership', { governance: { model: 'joint-committee' } }),
    body('fund-a', 'pooled-fund', { fundType: 's75' }),
    body('fund-b', 'pooled-fund', { name: 'Fund B', fundType: 's65z6' }),
    body('trust-a', 'nhs-trust', { name: 'Trust A' }),
  ],
  relationships: [rel('delegates', 'icb-a', 'committee-a', { function: 'x' })],
});
const kindsOf = (id: string) => {
  const found = spec.bodies.find((candidate) => candidate.id === id);
  if (!found) throw new Error(id);
  return documentKindsFor(found, spec);
};

describe('which documents a body has', () => {
  it('offers each body the documents written for its kind', () => {
    expect(kindsOf('icb-a')).toEqual(['scheme-of-delegation']);
    expect(kindsOf('committee-a')).toEqual(['terms-of-reference', 'delegation-agreement']);
    expect(kindsOf('place-a')).toEqual(['memorandum-of-understanding']);
    expect(kindsOf('place-b')).toEqual(['terms-of-reference', 'memorandum-of-understanding']);
    expect(kindsOf('fund-a')).toEqual(['section-75-agreement']);
    expect(kindsOf('fund-b')).toEqual([]);
    expect(kindsOf('trust-a')).toEqual([]);
  });

  it('says why a document is not for a body, naming it', () => {
    const trust = spec.bodies.find((candidate) => candidate.id === 'trust-a');
    if (!trust) throw new Error('trust-a');
    expect(whyNotFor('scheme-of-delegation', trust, spec)).toBe(
      'Scheme of reservation and delegation can only be made for an integrated care board; Trust A is an NHS trust.',
    );
    expect(whyNotFor('delegation-agreement', trust, spec)).toContain(
      'Trust A receives no delegated functions on the agreed map.',
    );
    const built = buildDocument(spec, 'section-75-agreement', 'fund-b');
    expect(built).toEqual({
      ok: false,
      problem: {
        code: 'wrong-body',
        message: expect.stringContaining('Fund B is a section 65Z6 joint fund'),
      },
    });
    expect(buildDocument(spec, 'terms-of-reference', 'nobody')).toMatchObject({
      ok: false,
      problem: { code: 'no-such-body' },
    });
    expect(isDocumentKind('terms-of-reference')).toBe(true);
    expect(isDocumentKind('minutes')).toBe(false);
  });
});
