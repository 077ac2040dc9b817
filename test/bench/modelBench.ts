/**
 * The model path on a whole system, in Node: building the spec and running every rule, the
 * findings worker's work after one edit, one incremental store update after a one-body
 * change, the time from an edit to its findings, and auto-layout; each beside an anchor from
 * the same run.
 */
import * as Y from 'yjs';
import { createChecker } from '../../client/rules/findingsProtocol.ts';
import { SnapshotSender } from '../../client/rules/snapshotChanges.ts';
import { createMapStore } from '../../client/store/mapStore.ts';
import { toLayoutEdges, toLayoutNodes } from '../../shared/layout/layoutInput.ts';
import { layoutMap } from '../../shared/layout/layoutMap.ts';
import { validateSpec } from '../../shared/rules/validateSpec.ts';
import { buildSpec } from '../../shared/spec/buildSpec.ts';
import { specToDoc } from '../../shared/spec/specToDoc.ts';
import { placeNodes, renameNode } from '../../shared/ydoc/nodes.ts';
import { readMap } from '../../shared/ydoc/readMap.ts';
import { createUndoManager } from '../../shared/ydoc/undo.ts';
import { generateSpec } from '../helpers/generateSpec.ts';

const origin = { kind: 'local', participantId: 'bench' } as const;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function timeEach(runs: number, run: () => void, before?: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    before?.();
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

function mapOf(bodies: number): Y.Doc {
  const doc = new Y.Doc();
  specToDoc(generateSpec(bodies), doc);
  return doc;
}

/** Wall-clock and CPU time, in milliseconds. */
interface Timing {
  wall: number;
  cpu: number;
}

/**
 * Times `run` on what `anchor` makes, round by round, with `anchor` timed too: on a shared
 * machine the load moves from one second to the next, and two figures taken in the same rounds
 * meet the same load. CPU time (this process's, garbage collection included) is told beside the
 * wall clock: it counts the work done, not the time spent waiting for a core. The first round is
 * not counted (the code is not yet compiled).
 */
function timePaired<T>(
  runs: number,
  anchor: () => T,
  run: (made: T) => void,
  before?: () => void,
): { anchor: Timing; run: Timing } {
  const rounds = {
    anchor: { wall: [] as number[], cpu: [] as number[] },
    run: { wall: [] as number[], cpu: [] as number[] },
  };
  // This process's CPU time so far, in milliseconds.
  const cpu = () => {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1000;
  };
  for (let i = 0; i <= runs; i++) {
    before?.();
    const cpuStart = cpu();
    const start = performance.now();
    const made = anchor();
    const middle = performance.now();
    const cpuMiddle = cpu();
    run(made);
    const end = performance.now();
    const cpuEnd = cpu();
    if (i === 0) continue;
    rounds.anchor.wall.push(middle - start);
    rounds.anchor.cpu.push(cpuMiddle - cpuStart);
    rounds.run.wall.push(end - middle);
    rounds.run.cpu.push(cpuEnd - cpuMiddle);
  }
  const medians = (times: { wall: number[]; cpu: number[] }) => ({
    wall: median(times.wall),
    cpu: median(times.cpu),
  });
  return { anchor: medians(rounds.anchor), run: medians(rounds.run) };
}

const ms = (value: number, digits = 1) => `${value.toFixed(digits)} ms`;
const ratio = (value: number, anchor: number, digits = 1) =>
  `ratio ${(value / anchor).toFixed(digits)}x`;

/** Prints the model figures for a map of `bodies` bodies (and findings and layout at 2,000). */
export async function modelBench(bodies: number, runs: number): Promise<void> {
  const doc = mapOf(bodies);
  const snapshot = readMap(doc);
  const options = {
    mapId: 'bench',
    exportedAt: 'now',
    includes: 'all',
    validate: validateSpec,
  } as const;

  // Every record new, as on the server's export or a worker's first check: each round builds
  // the spec of a new structured copy of the map, and the copy is the anchor.
  const cold = timePaired(
    runs * 4,
    () => structuredClone(snapshot),
    (fresh) => buildSpec(fresh, options),
  );
  console.log(
    `${bodies} bodies: spec build + every rule, every record new ${ms(cold.run.wall)} ` +
      `(CPU ${ms(cold.run.cpu)}; target 50 ms), median of ${runs * 4}   ` +
      `anchor: structured copy of the map ${ms(cold.anchor.wall)} (CPU ${ms(cold.anchor.cpu)})   ` +
      `${ratio(cold.run.wall, cold.anchor.wall, 2)} (CPU ${(cold.run.cpu / cold.anchor.cpu).toFixed(2)}x)`,
  );

  // What the findings worker does after one rename: apply the changes, re-make the one
  // body's spec element, run every rule. The structured copy of the changes is what
  // postMessage costs the page.
  const store = createMapStore(doc);
  const target = snapshot.nodes.find((node) => node.kind !== 'footprint')?.id ?? '';
  const sender = new SnapshotSender();
  const check = createChecker();
  let round = 0;
  const send = () => ({
    type: 'check' as const,
    id: ++round,
    mapId: 'bench',
    changes: structuredClone(sender.changes(store.getState().snapshot)),
  });
  check(send());
  let request = send();
  const pageSide: number[] = [];
  const afterEdit = timePaired(
    runs * 4,
    () => structuredClone(snapshot),
    () => check(request),
    () => {
      renameNode(doc, origin, target, `Renamed ${round}`);
      const start = performance.now();
      request = send();
      pageSide.push(performance.now() - start);
    },
  );
  console.log(
    `${bodies} bodies: the findings worker after one rename (spec build + every rule) ` +
      `${ms(afterEdit.run.wall)} (CPU ${ms(afterEdit.run.cpu)}); sending the change ` +
      `${ms(median(pageSide), 3)}   anchor: structured copy of the map ${ms(afterEdit.anchor.wall)} ` +
      `(CPU ${ms(afterEdit.anchor.cpu)})   ${ratio(afterEdit.run.wall, afterEdit.anchor.wall, 2)}`,
  );

  // One body renamed: the store re-reads that body only. Anchor: reading the whole map, as
  // every change did before.
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
    `${bodies} bodies: store update after renaming one body ${ms(storeUpdate, 3)} ` +
      `(rename and update ${ms(median(updates), 3)}, the rename alone ${ms(renameOnly, 3)})   ` +
      `anchor: reading the whole map ${ms(fullRead)}   ${ratio(storeUpdate, fullRead, 4)}`,
  );

  findingsLatency(2000, runs);
  await layoutBench(2000);
}

/**
 * From a rename to its findings on a map of `bodies` bodies, with every step in turn as
 * the page and the worker take them: the store's update, the changes sent (structured
 * copy), the worker's check. Anchor: one whole read of the map, as each change cost before.
 */
function findingsLatency(bodies: number, runs: number): void {
  const doc = mapOf(bodies);
  const store = createMapStore(doc);
  const sender = new SnapshotSender();
  const check = createChecker();
  const target = store.getState().snapshot.nodes.find((node) => node.kind !== 'footprint');
  let round = 0;
  const checkNow = () =>
    check({
      type: 'check',
      id: ++round,
      mapId: 'bench',
      changes: structuredClone(sender.changes(store.getState().snapshot)),
    });
  checkNow();
  const latency = timeEach(runs, () => {
    renameNode(doc, origin, target?.id ?? '', `Renamed ${round}`);
    const reply = checkNow();
    if (reply.type !== 'findings') throw new Error(reply.message);
  });
  const fullRead = timeEach(runs, () => readMap(doc));
  store.destroy();
  console.log(
    `${bodies} bodies: from a rename to its findings ${ms(latency)} (target 300 ms)   ` +
      `anchor: reading the whole map ${ms(fullRead)}   ${ratio(latency, fullRead)}`,
  );
}

/**
 * Auto-layout of a whole system, as the layout worker runs it (ELK, then the straight-line
 * pass), and its placements written as one undo step. Anchor: reading the whole map.
 */
async function layoutBench(bodies: number): Promise<void> {
  const doc = mapOf(bodies);
  const { nodes, edges } = readMap(doc);
  const input = { nodes: toLayoutNodes(nodes, []), edges: toLayoutEdges(edges) };
  await layoutMap(input); // ELK loads on first use, as the worker's first run does.
  const start = performance.now();
  const placements = await layoutMap(input);
  const elapsed = performance.now() - start;
  const undo = createUndoManager(doc, origin);
  placeNodes(doc, origin, placements);
  const steps = undo.undoStack.length;
  undo.destroy();
  const read = timeEach(3, () => readMap(doc));
  console.log(
    `${bodies} bodies: auto-layout ${ms(elapsed, 0)} (target 5,000 ms), ${placements.length} placed, ` +
      `${steps} undo step${steps === 1 ? '' : 's'}   anchor: reading the whole map ${ms(read)}   ` +
      `${ratio(elapsed, read)}`,
  );
}
