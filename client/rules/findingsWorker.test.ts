import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { validateSpec } from '../../shared/rules/validateSpec.ts';
import { buildSpec, type SpecFindings } from '../../shared/spec/buildSpec.ts';
import { parseSpec } from '../../shared/spec/parseSpec.ts';
import type { GovernanceSpec } from '../../shared/spec/specSchema.ts';
import { specToDoc } from '../../shared/spec/specToDoc.ts';
import { TEMPLATES } from '../../shared/templates/templates.ts';
import { setStatus } from '../../shared/ydoc/attrs.ts';
import { connect } from '../../shared/ydoc/edges.ts';
import { mapDoc } from '../../shared/ydoc/layout.ts';
import {
  addNode,
  deleteElements,
  moveNodes,
  placeNodes,
  renameNode,
} from '../../shared/ydoc/nodes.ts';
import { readMap } from '../../shared/ydoc/readMap.ts';
import { generateSpec, seededRandom } from '../../test/helpers/generateSpec.ts';
import { createMapStore } from '../store/mapStore.ts';
import { answerCheck, createChecker } from './findingsProtocol.ts';
import { createFindingsWorker } from './findingsWorker.ts';
import { liveFindings } from './liveFindings.ts';
import { SnapshotSender } from './snapshotChanges.ts';

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

  it('checks once the page is idle, and only the newest of the maps that arrive before then or while it works', async () => {
    // The page's idle periods, as the test hands them out.
    const idle: (() => void)[] = [];
    const globals = globalThis as {
      requestIdleCallback?: (run: () => void) => number;
      cancelIdleCallback?: (handle: number) => void;
    };
    globals.requestIdleCallback = (run) => idle.push(run);
    globals.cancelIdleCallback = () => {};
    const idleNow = () => {
      for (const run of idle.splice(0)) run();
    };
    try {
      const seen: SpecFindings[] = [];
      const worker = createFindingsWorker((findings) => seen.push(findings));
      const [first, second, third, fourth] = [0, 1, 2, 3].map((i) => {
        const spec = TEMPLATES[i]?.spec;
        if (!spec) throw new Error('missing template');
        return spec;
      });
      if (!first || !second || !third || !fourth) throw new Error('missing template');
      // Before the page is idle: nothing is checked, and the second map replaces the first.
      worker.check(snapshotOf(first), 'm');
      worker.check(snapshotOf(second), 'm');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(seen).toEqual([]);
      idleNow();
      // While that check runs, the fourth replaces the third; it is sent at the next idle.
      worker.check(snapshotOf(third), 'm');
      worker.check(snapshotOf(fourth), 'm');
      await expect.poll(() => seen.length).toBe(1);
      expect(idle).toHaveLength(1);
      idleNow();
      await expect.poll(() => seen.length).toBe(2);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(seen).toEqual([synchronousFindings(second), synchronousFindings(fourth)]);
      worker.destroy();
    } finally {
      delete globals.requestIdleCallback;
      delete globals.cancelIdleCallback;
    }
  });

  it('hands back the same findings after an edit that changes none, and new ones after one that does', async () => {
    const doc = new Y.Doc();
    specToDoc(generateSpec(60, { places: 2 }), doc);
    const store = createMapStore(doc);
    const seen: SpecFindings[] = [];
    const worker = createFindingsWorker((findings) => seen.push(findings));
    const check = async () => {
      const before = seen.length;
      worker.check(store.getState().snapshot, 'm');
      await expect.poll(() => seen.length).toBe(before + 1);
      return seen.at(-1) as SpecFindings;
    };
    const first = await check();
    const origin = { kind: 'local', participantId: 'p1' } as const;
    // A body moved: the spec does not hold positions, so no finding changes.
    const body = store.getState().snapshot.nodes.find((node) => node.kind !== 'footprint');
    if (!body) throw new Error('no body');
    moveNodes(doc, origin, [{ id: body.id, position: { x: 5, y: 5 } }]);
    expect(await check()).toBe(first);
    // A committee accountable to no one: a new finding; those that stand keep their objects.
    addNode(doc, origin, { kind: 'committee', label: 'Orphan', position: { x: 0, y: 0 } });
    const after = await check();
    expect(after).toEqual(liveFindings(readMap(doc), 'm'));
    const earlier = [...first.errors, ...first.warnings];
    const now = [...after.errors, ...after.warnings];
    for (const finding of now) {
      const same = earlier.find((f) => JSON.stringify(f) === JSON.stringify(finding));
      if (same) expect(finding).toBe(same);
    }
    expect(now.some((finding) => !earlier.includes(finding))).toBe(true);
    worker.destroy();
    store.destroy();
  });

  it('reports a rule that throws as a failure, not as no problems, and then starts afresh', () => {
    const check = createChecker();
    const changes = new SnapshotSender().changes(snapshotOf(generateSpec(20)));
    const broken = { ...changes, nodes: [{ id: 'x', kind: 'icb', attrs: null }] } as never;
    const reply = check({ type: 'check', id: 7, changes: broken, mapId: 'm' });
    expect(reply.type).toBe('failed');
    // The sender restarts after a failure: everything again, from nothing.
    const again = check({ type: 'check', id: 8, changes, mapId: 'm' });
    expect(again).toEqual({
      type: 'findings',
      id: 8,
      findings: synchronousFindings(generateSpec(20)),
    });
  });

  it('after each edit of a seeded run, finds what the synchronous rules find on the whole map', () => {
    const doc = new Y.Doc();
    specToDoc(generateSpec(120, { places: 3 }), doc);
    const store = createMapStore(doc);
    const sender = new SnapshotSender();
    const check = createChecker();
    const random = seededRandom(11);
    const pick = <T>(list: readonly T[]): T => {
      const item = list[Math.floor(random() * list.length)];
      if (item === undefined) throw new Error('empty list');
      return item;
    };
    const origin = { kind: 'local', participantId: 'p1' } as const;
    for (let step = 0; step < 60; step++) {
      const { nodes, edges } = store.getState().snapshot;
      const bodies = nodes.filter((node) => node.kind !== 'footprint');
      const footprints = nodes.filter((node) => node.kind === 'footprint');
      const roll = random();
      const body = pick(bodies).id;
      if (roll < 0.2) renameNode(doc, origin, body, `Renamed ${step}`);
      else if (roll < 0.35) setStatus(doc, origin, [{ collection: 'nodes', id: body }], 'disputed');
      else if (roll < 0.5) deleteElements(doc, origin, { nodeIds: [body] });
      else if (roll < 0.6) deleteElements(doc, origin, { edgeIds: [pick(edges).id] });
      else if (roll < 0.65) moveNodes(doc, origin, [{ id: body, position: { x: step, y: step } }]);
      else if (roll < 0.75)
        connect(doc, origin, { kind: 'accountable-to', source: body, target: pick(bodies).id });
      else if (roll < 0.85) {
        const position = { x: 0, y: 0 };
        placeNodes(doc, origin, [{ id: body, position, parentId: pick(footprints).id }]);
      } else if (roll < 0.9 && footprints.length > 1) {
        // A footprint removed alone: its bodies are unchanged records in no footprint now.
        mapDoc(doc).nodes.delete(pick(footprints).id);
      } else {
        addNode(doc, origin, { kind: 'committee', label: `New ${step}`, position: { x: 0, y: 0 } });
      }
      const snapshot = store.getState().snapshot;
      // What crosses to the worker is a structured clone of the changes, as postMessage makes.
      const changes = structuredClone(sender.changes(snapshot));
      const reply = check({ type: 'check', id: step, changes, mapId: 'm' });
      const whole = liveFindings(readMap(doc), 'm');
      expect(reply).toEqual({ type: 'findings', id: step, findings: whole });
    }
    store.destroy();
    // Sixty whole-map checks beside the worker's: seconds on a machine shared with other runs.
  }, 30_000);
});
