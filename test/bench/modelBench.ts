/**
 * The model path on a whole system, in Node: building the spec and running every rule, the
 * findings worker's work after one edit, one incremental store update after a one-body
 * change, the time from an edit to its findings, and auto-layout; each beside an anchor from
 * the same run.
 */
import { availableParallelism, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
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

/** The value at fraction `at` of the sorted values (0.5 the median, 0.9 the 90th percentile). */
function quantile(values: readonly number[], at: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * at))] ?? 0;
}

function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** V8's collector, from a new context once `--expose-gc` is set (the bench is not started with it). */
const gc: NodeJS.GCFunction =
  globalThis.gc ??
  (() => {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as NodeJS.GCFunction;
  })();

/**
 * Empties the young generation before a round, so the garbage of the round before is not
 * scavenged in this round's time, and nothing of it lives on to be promoted and collected in a
 * later round's. Not a full collection each round: after a forced full collection V8 compiles
 * much of the code again (2.5 times as many optimisations over 25 rounds), and the round after
 * it took two to three times the CPU time.
 */
const settleHeap = () => gc({ type: 'minor' });

/** Rounds run before the timed ones, after a full collection: the code compiled and optimised. */
const WARM_UP = 3;

/** The times of `runs` rounds of `run`, after WARM_UP rounds not counted. */
function timeEach(runs: number, run: () => void, before?: () => void): number[] {
  const times: number[] = [];
  gc();
  for (let i = 0; i < WARM_UP + runs; i++) {
    before?.();
    const start = performance.now();
    run();
    if (i >= WARM_UP) times.push(performance.now() - start);
  }
  return times;
}

function mapOf(bodies: number): Y.Doc {
  const doc = new Y.Doc();
  specToDoc(generateSpec(bodies), doc);
  return doc;
}

/** Median and 90th percentile of the wall-clock and CPU times of rounds, in milliseconds. */
interface Timing {
  wall: number;
  wallP90: number;
  cpu: number;
  cpuP90: number;
}

/** This process's CPU time so far (all threads, garbage collection included), in milliseconds. */
function cpuNow(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

/**
 * Times `run` on what `anchor` makes, round by round, with `anchor` timed too: on a shared
 * machine the load moves from one second to the next, and two figures taken in the same rounds
 * meet the same load. Each round starts on an empty young generation (settleHeap), after a
 * full collection and WARM_UP rounds not counted. CPU time is told beside the wall clock: it counts the work done,
 * not the time spent waiting for a core.
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
  gc();
  for (let i = 0; i < WARM_UP + runs; i++) {
    before?.();
    settleHeap();
    const cpuStart = cpuNow();
    const start = performance.now();
    const made = anchor();
    const middle = performance.now();
    const cpuMiddle = cpuNow();
    run(made);
    const end = performance.now();
    const cpuEnd = cpuNow();
    if (i < WARM_UP) continue;
    rounds.anchor.wall.push(middle - start);
    rounds.anchor.cpu.push(cpuMiddle - cpuStart);
    rounds.run.wall.push(end - middle);
    rounds.run.cpu.push(cpuEnd - cpuMiddle);
  }
  const summary = (times: { wall: number[]; cpu: number[] }): Timing => ({
    wall: median(times.wall),
    wallP90: quantile(times.wall, 0.9),
    cpu: median(times.cpu),
    cpuP90: quantile(times.cpu, 0.9),
  });
  return { anchor: summary(rounds.anchor), run: summary(rounds.run) };
}

const ms = (value: number, digits = 1) => `${value.toFixed(digits)} ms`;
const ratio = (value: number, anchor: number, digits = 1) =>
  `ratio ${(value / anchor).toFixed(digits)}x`;
/** "17.7 ms (p90 19.0, CPU 17.0 / 18.2)": median and p90, wall clock then CPU. */
const timing = (time: Timing) =>
  `${ms(time.wall)} (p90 ${time.wallP90.toFixed(1)}; CPU ${ms(time.cpu)}, p90 ${time.cpuP90.toFixed(1)})`;

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

  const load = loadavg().map((minutes) => minutes.toFixed(2));
  console.log(`model bench: load average ${load.join(', ')} on ${availableParallelism()} cores`);

  // Every record new, as on the server's export or a worker's first check: each round builds
  // the spec of a new structured copy of the map, and the copy is the anchor.
  const cold = timePaired(
    runs * 4,
    () => structuredClone(snapshot),
    (fresh) => buildSpec(fresh, options),
  );
  console.log(
    `${bodies} bodies: spec build + every rule, every record new ${timing(cold.run)}; ` +
      `target 50 ms, median of ${runs * 4}   anchor: structured copy of the map ` +
      `${timing(cold.anchor)}   ${ratio(cold.run.wall, cold.anchor.wall, 2)} ` +
      `(CPU ${(cold.run.cpu / cold.anchor.cpu).toFixed(2)}x)`,
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
      `${timing(afterEdit.run)}; sending the change ${ms(median(pageSide.slice(WARM_UP)), 3)}   ` +
      `anchor: structured copy of the map ${timing(afterEdit.anchor)}   ` +
      `${ratio(afterEdit.run.wall, afterEdit.anchor.wall, 2)}`,
  );

  // One body renamed: the store re-reads that body only. Anchor: reading the whole map, as
  // every change did before.
  let renamedAt = 0;
  const updates: number[] = [];
  const unsubscribe = store.subscribe(() => updates.push(performance.now() - renamedAt));
  const renames = timeEach(
    runs * 4,
    () => {
      renamedAt = performance.now();
      renameNode(doc, origin, target, `Renamed ${++round}`);
    },
    settleHeap,
  );
  unsubscribe();
  store.destroy();
  if (updates.length !== renames.length + WARM_UP) throw new Error('the store missed a rename');
  // The rename's own transaction, with no store listening, is taken off: what is left is the
  // store's work (observing, re-reading one body, the new state).
  const renameOnly = median(
    timeEach(runs * 4, () => renameNode(doc, origin, target, `Again ${++round}`), settleHeap),
  );
  const fullRead = timeEach(runs, () => readMap(doc), settleHeap);
  const updated = updates.slice(WARM_UP);
  const storeUpdate = Math.max(0, median(updated) - renameOnly);
  console.log(
    `${bodies} bodies: store update after renaming one body ${ms(storeUpdate, 3)} ` +
      `(target 1 ms; rename and update ${ms(median(updated), 3)}, p90 ` +
      `${quantile(updated, 0.9).toFixed(3)}; the rename alone ${ms(renameOnly, 3)})   ` +
      `anchor: reading the whole map ${ms(median(fullRead))}   ` +
      `${ratio(storeUpdate, median(fullRead), 4)}`,
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
  const latency = median(
    timeEach(
      runs,
      () => {
        renameNode(doc, origin, target?.id ?? '', `Renamed ${round}`);
        const reply = checkNow();
        if (reply.type !== 'findings') throw new Error(reply.message);
      },
      settleHeap,
    ),
  );
  const fullRead = median(timeEach(runs, () => readMap(doc), settleHeap));
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
  const read = median(timeEach(3, () => readMap(doc), settleHeap));
  console.log(
    `${bodies} bodies: auto-layout ${ms(elapsed, 0)} (target 5,000 ms), ${placements.length} placed, ` +
      `${steps} undo step${steps === 1 ? '' : 's'}   anchor: reading the whole map ${ms(read)}   ` +
      `${ratio(elapsed, read)}`,
  );
}
