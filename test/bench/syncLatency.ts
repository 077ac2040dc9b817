/**
 * Accord against the reference y-websocket server (@y/websocket-server: in memory, no auth,
 * no storage), both in their own processes, started by this run: the same stock clients, the
 * same moves, alternating runs, medians. Accord stores every update (SQLite: committed to its
 * WAL, synced to disk at each checkpoint, or at each commit with SQLITE_SYNC=full) before it
 * broadcasts it; the reference stores nothing. Beside the latency, the CPU time each server's
 * event loop spent per move while the moves were measured, which a loaded machine disturbs far
 * less than the wall clock, and the wait of each move's first receiver: the server's
 * turnaround, before the other receivers in this one process take their turns at reading it.
 */
import { readFileSync } from 'node:fs';
import {
  type ChildServer,
  createMapOn,
  spawnAccord,
  spawnReferenceServer,
} from '../helpers/spawnAccord.ts';
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

const ms = (value: number) => `${value.toFixed(1).padStart(6)} ms`;

/**
 * CPU time a server's main thread (its event loop) has run, in microseconds, from Linux's
 * /proc; undefined elsewhere. Unlike the wall clock it does not count the time a loaded
 * machine keeps the process waiting for a core.
 */
function loopCpuMicros(server: ChildServer): number | undefined {
  try {
    const ns = Number(readFileSync(`/proc/${server.process.pid}/schedstat`, 'utf8').split(' ')[0]);
    return Number.isFinite(ns) ? ns / 1000 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Prints p50/p99 edit latency of Accord and the reference server, with ratios. Fair to both:
 * the same clients (this process, the same seeded schedule), one uncounted warm-up run on
 * each server before the rounds (JIT, connections), then rounds that alternate which server
 * goes first; the headline is the median of each round's own ratio, since the two runs of a
 * round share the machine's mood.
 */
export async function syncLatencyBench(options: SyncLatencyOptions): Promise<void> {
  const reference = await spawnReferenceServer();
  const accord = await spawnAccord({ env: { SQLITE_SYNC: options.sqliteSync } });
  try {
    console.log(
      `\nedit latency, one client's move until each other client has it: ${options.rounds} ` +
        `rounds of ${options.seconds} s after a warm-up run on each; Accord with SQLite (SQLITE_SYNC=${options.sqliteSync}); ` +
        'reference = @y/websocket-server (in memory), same run',
    );
    for (const load of options.loads) {
      const figures = () => ({
        p50: [] as number[],
        p99: [] as number[],
        first: [] as number[],
        cpu: [] as number[],
      });
      const runs = { reference: figures(), accord: figures() };
      let missing = 0;
      const run = async (
        server: 'reference' | 'accord',
        round: number,
        seconds: number,
        onMeasured?: (phase: 'start' | 'end') => void,
      ) => {
        const common = {
          clients: load.clients,
          rate: load.rate,
          seconds,
          warmupSeconds: 1,
          seed: Math.max(1, round + 1),
          onMeasured,
        };
        if (server === 'reference') {
          return runEditLoad({
            ...common,
            urls: [reference.wsUrl],
            room: `latency-${load.clients}-${round}`,
            token: 'none',
          });
        }
        const map = await createMapOn(accord, 'Latency');
        return runEditLoad({
          ...common,
          urls: [accord.wsUrl],
          room: map.id,
          token: map.editor,
        });
      };
      // Warm-up, not counted: both servers have seen this load once before the rounds.
      await run('reference', -1, 1);
      await run('accord', -1, 1);
      for (let round = 0; round < options.rounds; round++) {
        // Alternate which goes first, so a neighbour's burst on the machine favours neither.
        const order =
          round % 2 === 0 ? (['reference', 'accord'] as const) : (['accord', 'reference'] as const);
        for (const server of order) {
          const child = server === 'reference' ? reference : accord;
          // Only while the moves are measured: not the map's creation, the sockets' upgrades,
          // the room's load or its compaction as the clients leave, which only Accord has.
          const cpu: Partial<Record<'start' | 'end', number>> = {};
          const result = await run(server, round, options.seconds, (phase) => {
            cpu[phase] = loopCpuMicros(child);
          });
          runs[server].p50.push(result.all.p50);
          runs[server].p99.push(result.all.p99);
          runs[server].first.push(result.first.p50);
          const moves = load.clients * load.rate * options.seconds;
          if (cpu.start !== undefined && cpu.end !== undefined) {
            runs[server].cpu.push((cpu.end - cpu.start) / moves);
          }
          missing += result.all.missing;
        }
      }
      const ref50 = median(runs.reference.p50);
      const ref99 = median(runs.reference.p99);
      const our50 = median(runs.accord.p50);
      const our99 = median(runs.accord.p99);
      // Each round's two runs ran back to back, so their ratio shares the machine's mood.
      const ratios = (ours: number[], theirs: number[]) =>
        ours.map((value, i) => value / (theirs[i] ?? Number.NaN));
      const paired = (ours: number[], theirs: number[]) => median(ratios(ours, theirs));
      const ratio50 = paired(runs.accord.p50, runs.reference.p50);
      const ratio99 = paired(runs.accord.p99, runs.reference.p99);
      // How far the rounds' own ratios spread: a median inside a wide spread is the machine's.
      const spread = (ours: number[], theirs: number[]) => {
        const sorted = ratios(ours, theirs).sort((a, b) => a - b);
        const at = (q: number) => (sorted[Math.floor(q * (sorted.length - 1))] ?? 0).toFixed(2);
        return `${at(0.25)}–${at(0.75)}x`;
      };
      const label = `${load.clients} clients × ${load.rate} moves/s`;
      console.log(
        `${label.padEnd(24)} Accord p50 ${ms(our50)}  p99 ${ms(our99)}   reference p50 ${ms(ref50)}  p99 ${ms(ref99)}${missing ? `   MISSING ${missing}` : ''}`,
      );
      console.log(
        `${''.padEnd(24)} median of each round's ratio: p50 ${ratio50.toFixed(2)}x  p99 ${ratio99.toFixed(2)}x   ` +
          `(target ≤ 1.00x: ${ratio50 <= 1 && ratio99 <= 1 ? 'met' : 'NOT met'}; ratio of medians p50 ${(our50 / ref50).toFixed(2)}x  p99 ${(our99 / ref99).toFixed(2)}x)`,
      );
      console.log(
        `${''.padEnd(24)} middle half of the rounds' ratios: p50 ${spread(runs.accord.p50, runs.reference.p50)}  p99 ${spread(runs.accord.p99, runs.reference.p99)}`,
      );
      console.log(
        `${''.padEnd(24)} first receiver of each move, p50: Accord ${median(runs.accord.first).toFixed(2)} ms, reference ${median(runs.reference.first).toFixed(2)} ms ` +
          `(median of each round's ratio ${paired(runs.accord.first, runs.reference.first).toFixed(2)}x)`,
      );
      if (runs.accord.cpu.length > 0 && runs.reference.cpu.length > 0) {
        const cpuRatio = paired(runs.accord.cpu, runs.reference.cpu);
        console.log(
          `${''.padEnd(24)} server event loop CPU per move, measured seconds only: Accord ${median(runs.accord.cpu).toFixed(0)} µs, ` +
            `reference ${median(runs.reference.cpu).toFixed(0)} µs (median of each round's ratio ${cpuRatio.toFixed(2)}x)`,
        );
      }
      const list = (values: number[]) => values.map((v) => v.toFixed(1)).join(' / ');
      console.log(
        `${''.padEnd(24)} rounds: Accord p50 ${list(runs.accord.p50)}, p99 ${list(runs.accord.p99)}; reference p50 ${list(runs.reference.p50)}, p99 ${list(runs.reference.p99)}`,
      );
    }
  } finally {
    await Promise.all([reference.stop(), accord.stop()]);
  }
}
