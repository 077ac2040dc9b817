import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { generateSpec } from '../../test/helpers/generateSpec.ts';
import { randomSpec } from '../../test/helpers/randomSpec.ts';
import { buildSpec } from '../spec/buildSpec.ts';
import type { Finding, GovernanceSpec } from '../spec/specSchema.ts';
import { specToDoc } from '../spec/specToDoc.ts';
import { readMap } from '../ydoc/readMap.ts';
import { validateSpec } from './validateSpec.ts';

/*
 * Every finding of every rule, and every spec built from a map, exactly as they were when the
 * snapshot beside this file was taken: message, element ids, order and all. The rules and the
 * spec builder are made faster now and then; this says that what they find and build is
 * unchanged, where subjectGraph.test.ts compares two indexes under the same rules. A change
 * meant to alter findings updates the snapshot (`npx vitest run -u`) and says so.
 */

const digest = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/** Each rule's findings as their count and a digest of them, rule by rule in the order found. */
function byRule(findings: readonly Finding[]): Record<string, string> {
  const rules = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = rules.get(finding.rule);
    if (list) list.push(finding);
    else rules.set(finding.rule, [finding]);
  }
  return Object.fromEntries(
    [...rules].map(([rule, list]) => [rule, `${list.length} ${digest(list)}`]),
  );
}

const SUBJECTS: Array<[string, () => GovernanceSpec]> = [
  ['a generated system of 5,000 bodies', () => generateSpec(5000)],
  ...[1, 2, 3, 4, 5, 6].map((seed): [string, () => GovernanceSpec] => [
    `random map ${seed} of 200 bodies`,
    () => randomSpec(200, seed),
  ]),
  ['a random map of 2,000 bodies', () => randomSpec(2000, 7)],
];

// Drawing and reading a map of 5,000 bodies takes seconds on a busy machine.
const slow = { timeout: 60_000 };

describe('the rules find what they found', slow, () => {
  it.each(SUBJECTS)('%s', (_name, make) => {
    const subject = make();
    const found = Object.fromEntries(
      ['as drawn', '2025-01-01', '2027-06-01'].map((date) => {
        const { errors, warnings } = validateSpec(
          subject,
          date === 'as drawn' ? {} : { asAt: date },
        );
        return [date, { errors: byRule(errors), warnings: byRule(warnings) }];
      }),
    );
    expect(found).toMatchSnapshot();
  });
});

describe('a map exports the spec it exported', slow, () => {
  it.each(SUBJECTS)('%s, drawn on a map', (_name, make) => {
    const doc = new Y.Doc();
    specToDoc(make(), doc, { createdAt: '2026-01-01T00:00:00.000Z' });
    const snapshot = readMap(doc);
    const built = Object.fromEntries(
      (['all', 'agreed'] as const).map((includes) => {
        const { spec, leftOut } = buildSpec(snapshot, {
          mapId: 'unchanged',
          exportedAt: '2026-02-01T00:00:00.000Z',
          includes,
          validate: validateSpec,
        });
        return [
          includes,
          {
            spec: digest(spec),
            errors: byRule(spec.validation.errors),
            warnings: byRule(spec.validation.warnings),
            leftOut: `${leftOut.length} ${digest(leftOut)}`,
          },
        ];
      }),
    );
    expect(built).toMatchSnapshot();
  });
});
