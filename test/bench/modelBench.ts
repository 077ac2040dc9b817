/**
 * The model path on a whole system, in Node: building the spec and running every rule, and
 * one incremental store update after a one-body change, each beside an anchor from the same run.
 */
import * as Y from 'yjs';
import { createMapStore } from '../../client/store/mapStore.ts';
import { validateSpec } from '../../shared/rules/validateSpec.ts';
import { buildSpec } from '../../shared/spec/buildSpec.ts';
import { specToDoc } from '../../shared/spec/specToDoc.ts';
import { renameNode } from '../../shared/ydoc/nodes.ts';
import { readMap } from '../../shared/ydoc/readMap.ts';
import { generateSpec } from '../helpers/generateSpec.ts';

const origin = { kind: 'local', participantId: 'bench' } as const;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function timeEach(runs: number, run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Prints the model figures for a map of `bodies` bodies. */
export function modelBench(bodies: number, runs: number): void {
  const doc = new Y.Doc();
  specToDoc(generateSpec(bodies), doc);
  const snapshot = readMap(doc);

  const rules = timeEach(runs, () => {
    buildSpec(snapshot, {
      mapId: 'bench',
      exportedAt: 'now',
      includes: 'all',
      validate: validateSpec,
    });
  });
  const copy = timeEach(runs, () => structuredClone(snapshot));

  // One body renamed: the store re-reads that body only. Anchor: reading the whole map, as
  // every change did before.
  const store = createMapStore(doc);
  const target = snapshot.nodes.find((node) => node.kind !== 'footprint')?.id ?? '';
  let round = 0;
  let renamedAt = 0;
  const updates: number[] = [];
  const unsubscribe = store.subscribe(() => updates.push(performance.now() - renamedAt));
  for (let i = 0; i < runs * 4; i++) {
    renamedAt = performance.now();
    renameNode(doc, origin, target, `Renamed ${++round}`);
  }
  unsubscribe();
  store.destroy();
  // The rename's own transaction, with no store listening, is taken off: what is left is the
  // store's work (observing, re-reading one body, the new state).
  const renameOnly = timeEach(runs * 4, () => renameNode(doc, origin, target, `Again ${++round}`));
  const fullRead = timeEach(runs, () => readMap(doc));
  const storeUpdate = Math.max(0, median(updates) - renameOnly);

  console.log(
    `${bodies} bodies: spec build + every rule ${rules.toFixed(1)} ms   ` +
      `anchor: structured copy of the map ${copy.toFixed(1)} ms   ratio ${(rules / copy).toFixed(1)}x`,
  );
  console.log(
    `${bodies} bodies: store update after renaming one body ${storeUpdate.toFixed(3)} ms ` +
      `(rename and update ${median(updates).toFixed(3)} ms, the rename alone ${renameOnly.toFixed(3)} ms)   ` +
      `anchor: reading the whole map ${fullRead.toFixed(1)} ms   ratio ${(storeUpdate / fullRead).toFixed(4)}x`,
  );
}
