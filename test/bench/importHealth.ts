import { mapDoc } from '../../shared/ydoc/layout.ts';
import { addNode, moveNodes } from '../../shared/ydoc/nodes.ts';
import { bigSpec } from '../helpers/bigSpec.ts';
import { connectClient, startTestServer, type TestClient } from '../helpers/startServer.ts';

const origin = { kind: 'local', participantId: 'bench' } as const;
/** What the issue asks of /healthz and other rooms while a big spec imports. */
const TARGET_MS = 50;

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

async function healthLatency(url: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(`${url}/healthz`);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`/healthz answered ${response.status}`);
  return performance.now() - start;
}

/**
 * One edit in another room, from one client until the other has it: a move sent through
 * the server, awaited on the receiver's doc update.
 */
function syncRoundTrip(sender: TestClient, receiver: TestClient, id: string, x: number) {
  return new Promise<number>((resolve) => {
    const start = performance.now();
    const onUpdate = () => {
      const position = mapDoc(receiver.doc).nodes.get(id)?.get('position') as { x: number };
      if (position?.x !== x) return;
      receiver.doc.off('update', onUpdate);
      resolve(performance.now() - start);
    };
    receiver.doc.on('update', onUpdate);
    moveNodes(sender.doc, origin, [{ id, position: { x, y: 0 } }]);
  });
}

function describe(label: string, times: number[]): string {
  const f = (ms: number) => `${ms.toFixed(1)} ms`;
  return `${label}: ${times.length}, median ${f(quantile(times, 0.5))}, p95 ${f(quantile(times, 0.95))}, max ${f(Math.max(...times))}`;
}

function ratios(during: number[], idle: number[]): string {
  const times = (q: number) => (quantile(during, q) / quantile(idle, q)).toFixed(1);
  return `ratio during/idle: median ×${times(0.5)}, p95 ×${times(0.95)}`;
}

/**
 * /healthz and another room's sync while a big spec imports, against the same on an idle
 * server in the same run (measured before and after the import, once both are warm): the
 * import runs in a worker thread, so the event loop should keep answering.
 */
export async function importHealthBench(options: { bodies: number; idleRequests: number }) {
  const server = await startTestServer();
  const map = await server.createMap('Another room');
  const sender = connectClient(server.wsUrl, map.id, map.tokens.editor);
  const receiver = connectClient(server.wsUrl, map.id, map.tokens.editor);
  try {
    await Promise.all([sender.synced, receiver.synced]);
    const id = addNode(sender.doc, origin, { kind: 'icb', label: 'ICB', position: { x: 0, y: 0 } });
    let x = 0;
    const idle = async (health: number[], sync: number[], requests: number) => {
      for (let i = 0; i < requests; i++) {
        health.push(await healthLatency(server.url));
        sync.push(await syncRoundTrip(sender, receiver, id, ++x));
      }
    };
    // Warm up first: the first requests pay for compiling the routes.
    await idle([], [], 100);
    const idleHealth: number[] = [];
    const idleSync: number[] = [];
    await idle(idleHealth, idleSync, options.idleRequests / 2);

    const body = JSON.stringify(bigSpec(options.bodies));
    const health: number[] = [];
    const sync: number[] = [];
    let done = false;
    const started = performance.now();
    const importing = fetch(`${server.url}/api/maps/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    }).then(async (response) => {
      await response.arrayBuffer();
      done = true;
      if (response.status !== 201) throw new Error(`the import answered ${response.status}`);
    });
    while (!done) {
      health.push(await healthLatency(server.url));
      sync.push(await syncRoundTrip(sender, receiver, id, ++x));
    }
    await importing;
    const importMs = performance.now() - started;
    await idle(idleHealth, idleSync, options.idleRequests / 2);

    const over = (times: number[]) => times.filter((ms) => ms > TARGET_MS).length;
    console.log(
      `\nWhile a spec of ${options.bodies} bodies (${(body.length / 1e6).toFixed(1)} MB) imports (${(importMs / 1000).toFixed(1)} s)`,
    );
    console.log(`  /healthz  ${describe('idle server (anchor)', idleHealth)}`);
    console.log(`  /healthz  ${describe('during the import', health)}`);
    console.log(`  /healthz  ${ratios(health, idleHealth)}; ${over(health)} over ${TARGET_MS} ms`);
    console.log(`  another room's sync  ${describe('idle server (anchor)', idleSync)}`);
    console.log(`  another room's sync  ${describe('during the import', sync)}`);
    console.log(
      `  another room's sync  ${ratios(sync, idleSync)}; ${over(sync)} over ${TARGET_MS} ms`,
    );
  } finally {
    sender.destroy();
    receiver.destroy();
    await server.stop();
  }
}
