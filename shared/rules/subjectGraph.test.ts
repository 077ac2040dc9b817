import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { generateSpec } from '../../test/helpers/generateSpec.ts';
import { randomSpec } from '../../test/helpers/randomSpec.ts';
import { buildSpec, type SpecFindings } from '../spec/buildSpec.ts';
import { parseSpec } from '../spec/parseSpec.ts';
import { type GovernanceSpec, RULE_IDS } from '../spec/specSchema.ts';
import { TEMPLATES } from '../templates/templates.ts';
import { migrateDoc } from '../ydoc/migrations/index.ts';
import { readMap } from '../ydoc/readMap.ts';
import { compareFindings } from './finding.ts';
import { referenceGraph } from './referenceGraph.ts';
import { RULE_SEVERITY } from './severity.ts';
import { subjectAt } from './subjectAt.ts';
import { withSubjectIndex } from './subjectGraph.ts';
import type { RuleSubject } from './types.ts';
import { RULES, validateSpec } from './validateSpec.ts';

/** The findings of a spec no earlier validation has seen (new objects throughout). */
function fresh(spec: GovernanceSpec) {
  return validateSpec(structuredClone(spec));
}

describe('the rules index, reused from one validation to the next', () => {
  const spec = generateSpec(80, { places: 2 });
  const [first, second] = spec.bodies;
  if (!first || !second) throw new Error('a generated spec has bodies');

  it('finds what a fresh index finds when a body changes and the relationships do not', () => {
    // Turning a statutory body into a committee changes what the accountability rules see.
    const changed = {
      ...spec,
      bodies: spec.bodies.map((body) =>
        body.id === first.id ? { ...body, kind: 'committee' as const, statutory: false } : body,
      ),
    } as GovernanceSpec;
    const expected = fresh(changed);
    validateSpec(spec);
    expect(validateSpec(changed)).toEqual(expected);
  });

  it('indexes again when a body goes, or a list of relationships changes in place', () => {
    const fewer = { ...spec, bodies: spec.bodies.filter((body) => body.id !== second.id) };
    const expectedFewer = fresh(fewer);
    validateSpec(spec);
    expect(validateSpec(fewer)).toEqual(expectedFewer);

    const edited = { ...spec, relationships: [...spec.relationships] };
    validateSpec(edited);
    edited.relationships.splice(0, 5);
    expect(validateSpec(edited)).toEqual(fresh(edited));
  });
});

/** Every rule run the straightforward way: the reference index, one rule after another. */
function referenceFindings(subject: RuleSubject, asAt?: string): SpecFindings {
  const view = withSubjectIndex(asAt ? subjectAt(subject, asAt) : subject, referenceGraph);
  const found: SpecFindings = { errors: [], warnings: [] };
  for (const id of RULE_IDS) {
    const list = RULES[id](view).sort(compareFindings);
    found[RULE_SEVERITY[id] === 'error' ? 'errors' : 'warnings'].push(...list);
  }
  return found;
}

function westYorkshire(): GovernanceSpec {
  const parsed = parseSpec(
    JSON.parse(readFileSync('test/fixtures/ics-west-yorkshire.spec.json', 'utf8')),
  );
  if (!parsed.ok) throw new Error('the West Yorkshire fixture does not parse');
  return parsed.spec;
}

/** The map saved at document schema 1, opened and exported as today. */
function schemaV1Map(): GovernanceSpec {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(readFileSync('test/fixtures/map-schema-v1.bin')));
  migrateDoc(doc);
  const options = { mapId: 'v1', exportedAt: '2026-01-01T00:00:00.000Z', includes: 'all' } as const;
  return buildSpec(readMap(doc), options).spec;
}

const SUBJECTS: Array<[string, RuleSubject]> = [
  ['the West Yorkshire fixture', westYorkshire()],
  ['the schema 1 fixture', schemaV1Map()],
  ...TEMPLATES.map((template): [string, RuleSubject] => [template.name, template.spec]),
  ['a generated system of 5,000 bodies', generateSpec(5000)],
  ...[1, 2, 3, 4, 5, 6].map((seed): [string, RuleSubject] => [
    `random map ${seed} of 200 bodies`,
    randomSpec(200, seed),
  ]),
  ['a random map of 2,000 bodies', randomSpec(2000, 7)],
];

describe('the rules on their index find what they find on the straightforward one', () => {
  const cases = SUBJECTS.flatMap(([name, subject]) =>
    ['as drawn', '2025-01-01', '2027-06-01'].map((date): [string, string, RuleSubject] => [
      name,
      date,
      subject,
    ]),
  );
  it.each(cases)('%s, %s', (_name, date, subject) => {
    const options = date === 'as drawn' ? {} : { asAt: date };
    const expected = referenceFindings(subject, options.asAt);
    expect(validateSpec(subject, options)).toEqual(expected);
    // A fresh copy: nothing reused from the run before.
    expect(validateSpec(structuredClone(subject), options)).toEqual(expected);
  });

  it('finds something of every rule on the random maps, so that each is compared', () => {
    const found = SUBJECTS.filter(([name]) => name.startsWith('random')).flatMap(([, subject]) => {
      const { errors, warnings } = validateSpec(subject);
      return [...errors, ...warnings].map((finding) => finding.rule);
    });
    expect([...new Set(found)].sort()).toEqual([...RULE_IDS].sort());
  });
});
