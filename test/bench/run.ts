/**
 * Benchmarks of the sync path, each against a baseline measured in the same run, so the
 * ratios hold on a shared, noisy machine. Prints medians of several runs.
 *
 *   npm run bench                          everything, short runs
 *   npm run bench -- --only latency        some parts: throughput, latency, scale, soak, export, import,
 *                                          model, canvas
 *   npm run bench -- --only import --bodies 10000
 *   npm run bench -- --seconds 20 --rounds 5 --sqlite-sync full
 *   npm run bench -- --only soak --soak-minutes 5
 *   npm run bench -- --only canvas --sizes 500,2000,10000 --renames 5 --canvas-rounds 3
 *
 * `model` times the spec, the rules and the map store in Node (modelBench.ts); `canvas`
 * drives real Chromium on the built client beside bare React Flow (canvasBench.ts).
 */
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import { mapDoc } from '../../shared/ydoc/layout.ts';
import { lockElements } from '../../shared/ydoc/locks.ts';
import { addNode, moveNodes } from '../../shared/ydoc/nodes.ts';
import { connectClient, startTestServer, waitFor } from '../helpers/startServer.ts';
import { canvasBench } from './canvasBench.ts';
import { exportBench } from './exportImages.ts';
import { importHealthBench } from './importHealth.ts';
import { modelBench } from './modelBench.ts';
import { acrossProcessesBench, soakBench } from './scaleOut.ts';
import { syncLatencyBench } from './syncLatency.ts';

const RUNS = 5;
const EDITS = 1000;
const BIG_MAP_NODES = 2000;
const origin = { kind: 'local', participantId: 'bench' } as const;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function timeRuns(run: () => Promise<void> | void): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

function lastX(doc: Y.Doc, id: string): number | undefined {
  return (mapDoc(doc).nodes.get(id)?.get('position') as { x: number } | undefined)?.x;
}

/** Baseline: two docs in one process, each edit applied straight to the other. */
function editsInProcess(): void {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (update: Uint8Array) => Y.applyUpdate(b, update));
  const id = addNode(a, origin, { kind: 'icb', label: 'ICB', position: { x: 0, y: 0 } });
  for (let i = 1; i <= EDITS; i++) moveNodes(a, origin, [{ id, position: { x: i, y: i } }]);
  if (lastX(b, id) !== EDITS) throw new Error('baseline did not converge');
}

function bigMapUpdate(): Uint8Array {
  const doc = new Y.Doc();
  for (let i = 0; i < BIG_MAP_NODES; i++) {
    addNode(doc, origin, { kind: 'nhs-trust', label: `Trust ${i}`, position: { x: i, y: i } });
  }
  return Y.encodeStateAsUpdate(doc);
}

async function throughputBench() {
  const server = await startTestServer();
  try {
    // 1. Edit throughput: one client makes EDITS moves; time until another has them all.
    const baselineEdits = await timeRuns(editsInProcess);
    const map = await server.createMap('Bench');
    const sender = connectClient(server.wsUrl, map.id, map.tokens.editor);
    const receiver = connectClient(server.wsUrl, map.id, map.tokens.editor);
    await Promise.all([sender.synced, receiver.synced]);
    const id = addNode(sender.doc, origin, { kind: 'icb', label: 'ICB', position: { x: 0, y: 0 } });
    let round = 0;
    const serverEdits = await timeRuns(async () => {
      const base = ++round * 1_000_000;
      for (let i = 1; i <= EDITS; i++) {
        moveNodes(sender.doc, origin, [{ id, position: { x: base + i, y: i } }]);
      }
      await waitFor(() => lastX(receiver.doc, id) === base + EDITS, 60_000);
    });
    sender.destroy();
    receiver.destroy();

    // 2. Opening a big map: a new client's first sync, after a restart, from the store.
    const big = bigMapUpdate();
    const baselineOpen = await timeRuns(() => {
      Y.applyUpdate(new Y.Doc(), big);
    });
    const bigMap = await server.createMap('Big');
    const writer = connectClient(server.wsUrl, bigMap.id, bigMap.tokens.owner);
    await writer.synced;
    Y.applyUpdate(writer.doc, big);
    const count = () => mapDoc(writer.doc).nodes.size;
    const reader0 = connectClient(server.wsUrl, bigMap.id, bigMap.tokens.viewer);
    await waitFor(() => mapDoc(reader0.doc).nodes.size === count(), 60_000);
    reader0.destroy();
    writer.destroy();
    const serverOpen = await timeRuns(async () => {
      const reader = connectClient(server.wsUrl, bigMap.id, bigMap.tokens.viewer);
      await waitFor(() => mapDoc(reader.doc).nodes.size === BIG_MAP_NODES, 60_000);
      reader.destroy();
    });

    // 3. The owner's guard: editors' edits on a big map with 100 locked bodies, against the
    // same edits on the same map before anything was locked.
    const guarded = await server.createMap('Guarded');
    const owner = connectClient(server.wsUrl, guarded.id, guarded.tokens.owner);
    const editor = connectClient(server.wsUrl, guarded.id, guarded.tokens.editor);
    await Promise.all([owner.synced, editor.synced]);
    Y.applyUpdate(owner.doc, big);
    const free = addNode(owner.doc, origin, {
      kind: 'icb',
      label: 'Free',
      position: { x: 0, y: 0 },
    });
    await waitFor(() => mapDoc(editor.doc).nodes.size === BIG_MAP_NODES + 1, 60_000);
    const editsOnBigMap = async () => {
      const base = ++round * 1_000_000;
      for (let i = 1; i <= EDITS; i++) {
        moveNodes(editor.doc, origin, [{ id: free, position: { x: base + i, y: i } }]);
      }
      await waitFor(() => lastX(owner.doc, free) === base + EDITS, 60_000);
    };
    const unlockedEdits = await timeRuns(editsOnBigMap);
    const toLock = [...mapDoc(owner.doc).nodes.keys()].filter((key) => key !== free).slice(0, 100);
    lockElements(owner.doc, origin, toLock, 'bench');
    await waitFor(() => mapDoc(editor.doc).locks.size === 100, 60_000);
    const lockedEdits = await timeRuns(editsOnBigMap);
    owner.destroy();
    editor.destroy();

    const rows = [
      [`${EDITS} edits reach another client`, serverEdits, baselineEdits],
      [`open a ${BIG_MAP_NODES}-body map`, serverOpen, baselineOpen],
      [`${EDITS} edits beside 100 locked bodies`, lockedEdits, unlockedEdits],
    ] as const;
    console.log(
      `median of ${RUNS} runs; baseline = the same work between two docs in one process ` +
        '(for the locks: the same edits on the same map with nothing locked)',
    );
    for (const [name, measured, baseline] of rows) {
      console.log(
        `${name.padEnd(34)} ${measured.toFixed(1).padStart(9)} ms   baseline ${baseline
          .toFixed(1)
          .padStart(8)} ms   ratio ${(measured / baseline).toFixed(1)}x`,
      );
    }
    console.log(`per edit through the server: ${((serverEdits / EDITS) * 1000).toFixed(0)} µs`);
  } finally {
    await server.stop();
  }
}

const PARTS = [
  'throughput',
  'latency',
  'scale',
  'soak',
  'export',
  'import',
  'model',
  'canvas',
] as const;

async function main() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      seconds: { type: 'string', default: '3' },
      rounds: { type: 'string', default: '3' },
      'sqlite-sync': { type: 'string', default: 'normal' },
      'soak-minutes': { type: 'string', default: '0.5' },
      bodies: { type: 'string', default: '5000' },
      // Short by default for a shared 2-core machine: two renames a size.
      sizes: { type: 'string', default: '500,2000,10000' },
      renames: { type: 'string', default: '2' },
      // Rounds of the canvas bench at each size up to 2,000 bodies (medians of the rounds).
      'canvas-rounds': { type: 'string', default: '3' },
    },
  });
  const only = values.only?.split(',') ?? [...PARTS];
  const unknown = only.filter((part) => !PARTS.includes(part as (typeof PARTS)[number]));
  if (unknown.length > 0) throw new Error(`--only takes ${PARTS.join(', ')}; not ${unknown}`);
  const seconds = Number(values.seconds);
  const rounds = Number(values.rounds);
  const sqliteSync = values['sqlite-sync'];
  if (!(seconds > 0) || !Number.isInteger(rounds) || rounds < 1) {
    throw new Error('--seconds must be a positive number and --rounds a whole number from 1');
  }
  if (sqliteSync !== 'normal' && sqliteSync !== 'full') {
    throw new Error('--sqlite-sync takes normal or full');
  }
  // Every y-websocket provider listens for the process's exit.
  process.setMaxListeners(0);
  if (only.includes('throughput')) await throughputBench();
  if (only.includes('import')) {
    await importHealthBench({ bodies: Number(values.bodies), idleRequests: 200 });
  }
  if (only.includes('latency')) {
    await syncLatencyBench({
      seconds,
      rounds,
      sqliteSync,
      loads: [
        { clients: 20, rate: 5 },
        { clients: 60, rate: 2 },
      ],
    });
  }
  if (only.includes('scale')) await acrossProcessesBench({ seconds, rounds });
  if (only.includes('soak')) {
    const minutes = Number(values['soak-minutes']);
    if (!(minutes > 0)) throw new Error('--soak-minutes must be a positive number');
    await soakBench({ seconds: minutes * 60 });
  }
  if (only.includes('export')) await exportBench();
  if (only.includes('model')) await modelBench(5000, RUNS);
  if (only.includes('canvas')) {
    await canvasBench(
      values.sizes.split(',').map(Number),
      Number(values.renames),
      Number(values['canvas-rounds']),
    );
  }
}

await main();
