import { bigSpec } from '../helpers/bigSpec.ts';
import { startTestServer } from '../helpers/startServer.ts';

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

function describe(label: string, times: number[]): string {
  const f = (ms: number) => `${ms.toFixed(1)} ms`;
  return `${label}: ${times.length} requests, median ${f(quantile(times, 0.5))}, p95 ${f(quantile(times, 0.95))}, max ${f(Math.max(...times))}`;
}

/**
 * /healthz latency while a big spec imports, against its latency on an idle server in the
 * same run: the import runs in a worker thread, so the event loop should keep answering.
 */
export async function importHealthBench(options: { bodies: number; idleRequests: number }) {
  const server = await startTestServer();
  try {
    // Warm up first: the first requests pay for compiling the route.
    for (let i = 0; i < 50; i++) await healthLatency(server.url);
    const idle: number[] = [];
    for (let i = 0; i < options.idleRequests; i++) idle.push(await healthLatency(server.url));
    const body = JSON.stringify(bigSpec(options.bodies));
    const during: number[] = [];
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
    while (!done) during.push(await healthLatency(server.url));
    await importing;
    const importMs = performance.now() - started;
    console.log(
      `\n/healthz during an import of ${options.bodies} bodies (${(body.length / 1e6).toFixed(1)} MB)`,
    );
    console.log(`  ${describe('idle server (anchor)', idle)}`);
    console.log(`  ${describe('during the import', during)}`);
    console.log(`  the import took ${(importMs / 1000).toFixed(1)} s`);
    console.log(
      `  ratio during/idle: median ×${(quantile(during, 0.5) / quantile(idle, 0.5)).toFixed(1)}, p95 ×${(quantile(during, 0.95) / quantile(idle, 0.95)).toFixed(1)}; longest answer ${((Math.max(...during) / importMs) * 100).toFixed(1)}% of the import`,
    );
  } finally {
    await server.stop();
  }
}
