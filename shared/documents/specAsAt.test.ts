import { describe, expect, it } from 'vitest';
import { body, rel, testSpec } from '../spec/review/testSpec.ts';
import { buildDocument } from './buildDocument.ts';
import { plainText } from './runs.ts';
import { sectionText } from './sectionText.ts';
import { specAsAt } from './specAsAt.ts';
import { withFindings } from './testDocuments.ts';

/** Two ICBs merge on 1 April 2026; the joint committee's delegation comes from each in turn. */
const merger = withFindings(
  testSpec({
    bodies: [
      body('icb-old', 'icb', {
        name: 'Northshire ICB',
        functions: ['mental health commissioning'],
        validTo: '2026-03-31',
      }),
      body('icb-new', 'icb', {
        name: 'Northshire and Westmoor ICB',
        functions: ['mental health commissioning'],
        validFrom: '2026-04-01',
      }),
      body('cttee-mh', 'committee', {
        name: 'Mental Health Joint Committee',
        committeeType: 'joint-committee',
      }),
    ],
    relationships: [
      rel('delegates', 'icb-old', 'cttee-mh', {
        function: 'mental health commissioning',
        legalBasis: 's65z5-joint-exercise',
        amountGBP: 40000000,
      }),
      rel('delegates', 'icb-new', 'cttee-mh', {
        function: 'mental health commissioning',
        legalBasis: 's65z5-joint-exercise',
        amountGBP: 65000000,
      }),
      rel('succeeded-by', 'icb-old', 'icb-new'),
    ],
  }),
);

function mustBuildAsAt(kind: Parameters<typeof buildDocument>[1], id: string, asAt?: string) {
  const built = buildDocument(merger, kind, id, asAt ? { asAt } : {});
  if (!built.ok) throw new Error(built.problem.message);
  return built.document;
}

describe('documents as at a date', () => {
  it('keeps the bodies and relationships in force that day', () => {
    const before = specAsAt(merger, '2026-03-31');
    expect(before.bodies.map((b) => b.id)).toEqual(['icb-old', 'cttee-mh']);
    expect(before.relationships.map((r) => r.from)).toEqual(['icb-old']);
    expect(specAsAt(merger, '2026-04-01').bodies.map((b) => b.id)).toEqual(['icb-new', 'cttee-mh']);
  });

  it('writes the terms of reference of one side of a merger, and says which day', () => {
    const before = mustBuildAsAt('terms-of-reference', 'cttee-mh', '2026-03-31');
    const delegated = sectionText(before, 'Delegated functions and limits') ?? '';
    expect(delegated).toContain('Northshire ICB');
    expect(delegated).toContain('£40,000,000');
    expect(delegated).not.toContain('Northshire and Westmoor ICB');
    expect(before.preamble.map(plainText).join(' ')).toContain(
      'as the structure stands on 31 March 2026',
    );
    const after = sectionText(
      mustBuildAsAt('terms-of-reference', 'cttee-mh', '2026-04-01'),
      'Delegated functions and limits',
    );
    expect(after).toContain('Northshire and Westmoor ICB | Joint exercise');
    expect(after).toContain('£65,000,000');
    // Without a date the document holds both, as drawn.
    const drawn = sectionText(
      mustBuildAsAt('terms-of-reference', 'cttee-mh'),
      'Delegated functions and limits',
    );
    expect(drawn).toContain('£40,000,000');
    expect(drawn).toContain('£65,000,000');
  });

  it('refuses a body not in force on the day, saying when it is', () => {
    expect(
      buildDocument(merger, 'scheme-of-delegation', 'icb-old', { asAt: '2026-06-01' }),
    ).toEqual({
      ok: false,
      problem: {
        code: 'not-in-force',
        message:
          'Northshire ICB is not in force on 1 June 2026: the map has it until 31 March 2026.',
      },
    });
  });

  it('names the saved version it was made from', () => {
    const built = buildDocument(merger, 'terms-of-reference', 'cttee-mh', {
      version: { name: 'After workshop 2', savedAt: '2026-02-10T09:00:00.000Z' },
    });
    expect(built.ok && built.document.preamble.map(plainText).join(' ')).toContain(
      'as saved in version “After workshop 2” (10 February 2026)',
    );
  });
});
