import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { validateSpec } from '../../shared/rules/validateSpec.ts';
import { buildSpec, type SpecFindings } from '../../shared/spec/buildSpec.ts';
import { parseSpec } from '../../shared/spec/parseSpec.ts';
import type { GovernanceSpec } from '../../shared/spec/specSchema.ts';
import { specToDoc } from '../../shared/spec/specToDoc.ts';
import { TEMPLATES } from '../../shared/templates/templates.ts';
import { readMap } from '../../shared/ydoc/readMap.ts';
import { generateSpec } from '../../test/helpers/generateSpec.ts';
import { answerCheck } from './findingsProtocol.ts';
import { createFindingsWorker } from './findingsWorker.ts';

function fixture(): GovernanceSpec {
  const parsed = parseSpec(
    JSON.parse(readFileSync('test/fixtures/ics-west-yorkshire.spec.json', 'utf8')),
  );
  if (!parsed.ok) throw new Error('fixture does not parse');
  return parsed.spec;
}

const SPECS: [string, GovernanceSpec][] = [
  ['the West Yorkshire fixture', fixture()],
  ...TEMPLATES.map((template): [string, GovernanceSpec] => [template.name, template.spec]),
  ['a generated system of 400 bodies', generateSpec(400)],
];

function snapshotOf(spec: GovernanceSpec) {
  const doc = new Y.Doc();
  specToDoc(spec, doc);
  return readMap(doc);
}

/** The findings as the page showed them before the worker: the rules run in-thread. */
function synchronousFindings(spec: GovernanceSpec): SpecFindings {
  return buildSpec(snapshotOf(spec), {
    mapId: 'm',
    exportedAt: '2026-01-01T00:00:00.000Z',
    includes: 'all',
    validate: validateSpec,
  }).spec.validation;
}

describe('the findings worker', () => {
  it.each(SPECS)('finds exactly what the synchronous rules find: %s', (_name, spec) => {
    const expected = synchronousFindings(spec);
    // What crosses into the worker is a structured clone of the snapshot, as postMessage makes.
    const reply = answerCheck({
      type: 'check',
      id: 1,
      snapshot: structuredClone(snapshotOf(spec)),
      mapId: 'm',
    });
    expect(reply).toEqual({ type: 'findings', id: 1, findings: structuredClone(expected) });
  });

  it('checks only the newest of the maps that arrive while it works', async () => {
    const seen: SpecFindings[] = [];
    const worker = createFindingsWorker((findings) => seen.push(findings));
    const [first, second, third] = [TEMPLATES[0], TEMPLATES[1], TEMPLATES[2]].map((t) => {
      if (!t) throw new Error('missing template');
      return t.spec;
    });
    if (!first || !second || !third) throw new Error('missing template');
    worker.check(snapshotOf(first), 'm');
    worker.check(snapshotOf(second), 'm');
    worker.check(snapshotOf(third), 'm');
    await expect.poll(() => seen.length).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual([synchronousFindings(first), synchronousFindings(third)]);
    worker.destroy();
  });

  it('reports a rule that throws as a failure, not as no problems', () => {
    const reply = answerCheck({
      type: 'check',
      id: 7,
      snapshot: { title: 't', nodes: null, edges: [], invalid: [], fieldProblems: [] } as never,
      mapId: 'm',
    });
    expect(reply.type).toBe('failed');
  });
});
