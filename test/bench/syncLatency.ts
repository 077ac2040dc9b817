/**
 * Accord against the reference y-websocket server (@y/websocket-server: in memory, no auth,
 * no storage), both in their own processes, started by this run: the same stock clients, the
 * same moves, alternating runs, medians. Accord stores every update (SQLite, synced to disk)
 * before it broadcasts it; the reference stores nothing.
 */
import { type ChildServer, spawnAccord, spawnReferenceServer } from '../helpers/spawnAccord.ts';
import { runEditLoad } from './editLoad.ts';

export interface SyncLatencyOptions {
  seconds: number;
  rounds: number;
  loads: readonly { clients: number; rate: number }[];
  /** Accord's SQLITE_SYNC (default normal). */
  sqliteSync: 'normal' | 'full';
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function createMap(server: ChildServer): Promise<{ id: string; editorToken: string }> {
  const response = await fetch(`${server.url}/api/maps`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: 'Latency' }),
  });
  const body = (await response.json()) as { id: string; links: { editor: string } };
  const token = new URL(body.links.editor).hash.replace(/^#token=/, '');
  return { id: body.id, editorToken: token };
}

const ms = (value: number) => `${value.toFixed(1).padStart(6)} ms`;

/** Prints p50/p99 edit latency of Accord and the reference server, with ratios. */
export async function syncLatencyBench(options: SyncLatencyOptions): Promise<void> {
  const reference = await spawnReferenceServer();
  const accord = await spawnAccord({ env: { SQLITE_SYNC: options.sqliteSync } });
  try {
    console.log(
      `\nedit latency, one client's move until each other client has it: median of ${options.rounds} ` +
        `runs of ${options.seconds} s; Accord with SQLite (SQLITE_SYNC=${options.sqliteSync}); ` +
        'reference = @y/websocket-server (in memory), same run',
    );
    for (const load of options.loads) {
      const runs = {
        reference: { p50: [] as number[], p99: [] as number[] },
        accord: { p50: [] as number[], p99: [] as number[] },
      };
      let missing = 0;
      for (let round = 0; round < options.rounds; round++) {
        const common = {
          clients: load.clients,
          rate: load.rate,
          seconds: options.seconds,
          warmupSeconds: 1,
          seed: round + 1,
        };
        const runReference = () =>
          runEditLoad({
            ...common,
            urls: [reference.wsUrl],
            room: `latency-${load.clients}-${round}`,
            token: 'none',
          });
        const runAccord = async () => {
          const map = await createMap(accord);
          return runEditLoad({
            ...common,
            urls: [accord.wsUrl],
            room: map.id,
            token: map.editorToken,
          });
        };
        // Alternate which goes first, so a neighbour's burst on the machine favours neither.
        const ref = round % 2 === 0 ? await runReference() : undefined;
        const ours = await runAccord();
        const refResult = ref ?? (await runReference());
        runs.reference.p50.push(refResult.all.p50);
        runs.reference.p99.push(refResult.all.p99);
        runs.accord.p50.push(ours.all.p50);
        runs.accord.p99.push(ours.all.p99);
        missing += refResult.all.missing + ours.all.missing;
      }
      const ref50 = median(runs.reference.p50);
      const ref99 = median(runs.reference.p99);
      const our50 = median(runs.accord.p50);
      const our99 = median(runs.accord.p99);
      const label = `${load.clients} clients × ${load.rate} moves/s`;
      console.log(
        `${label.padEnd(24)} Accord p50 ${ms(our50)}  p99 ${ms(our99)}   reference p50 ${ms(ref50)}  p99 ${ms(ref99)}   ratio p50 ${(our50 / ref50).toFixed(2)}x  p99 ${(our99 / ref99).toFixed(2)}x${missing ? `   MISSING ${missing}` : ''}`,
      );
      console.log(
        `${''.padEnd(24)} runs: Accord p50 ${runs.accord.p50.map((v) => v.toFixed(1)).join(' / ')}, reference p50 ${runs.reference.p50.map((v) => v.toFixed(1)).join(' / ')}`,
      );
      // Each round's two runs ran back to back, so their ratio shares the machine's mood.
      const paired = (ours: number[], theirs: number[]) =>
        median(ours.map((value, i) => value / (theirs[i] ?? Number.NaN))).toFixed(2);
      console.log(
        `${''.padEnd(24)} median of each round's ratio: p50 ${paired(runs.accord.p50, runs.reference.p50)}x  p99 ${paired(runs.accord.p99, runs.reference.p99)}x`,
      );
    }
  } finally {
    await Promise.all([reference.stop(), accord.stop()]);
  }
}
