/**
 * Accord against the reference y-websocket server (@y/websocket-server: in memory, no auth,
 * no storage), both in their own processes, started by this run: the same stock clients, the
 * same moves. Accord stores every update (SQLite: committed to its WAL, synced to disk at each
 * checkpoint, or at each commit with SQLITE_SYNC=full) before it broadcasts it; the reference
 * stores nothing.
 *
 * Two reference processes run beside Accord: Accord is set against both, and the second
 * against the first is the control (what two identical servers differ by in the same run).
 * Every server's crowd of clients stays connected through the whole run, and the crowds take
 * turns at moving, a short window each, in a new random order each turn; each server is left
 * to finish its after-work before the next window starts. A slow spell of the shared machine
 * then falls on neighbouring windows of every server instead of on one server's whole run, and
 * the figures pool every window. Beside the latency: the CPU time each server spent per move (its event
 * loop, and all its threads), which a loaded machine disturbs far less than the wall clock,
 * and the wait of each move's first receiver: the server's turnaround, before the other
 * receivers in this one process take their turns at reading it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as prng from 'lib0/prng';
import {
  type ChildServer,
  createMapOn,
  spawnAccord,
  spawnReferenceServer,
} from '../helpers/spawnAccord.ts';
import { type Arrival, firstArrivals, quantile, runAlternatingEditLoads } from './editLoad.ts';

export interface SyncLatencyOptions {
  /** Seconds of each measured window. */
  seconds: number;
  /** Measured windows of each server. */
  rounds: number;
  loads: readonly { clients: number; rate: number }[];
  /** Accord's SQLITE_SYNC (default normal). */
  sqliteSync: 'normal' | 'full';
}

const BOOTSTRAP_RESAMPLES = 400;
/** A server is done with a window when its threads ran less than this per poll. */
const QUIET_CPU_MICROS = 3_000;
const QUIET_POLL_MS = 100;
const QUIET_LONGEST_MS = 5_000;

const ms = (value: number) => `${value.toFixed(2).padStart(6)} ms`;

function schedstatMicros(path: string): number {
  const ns = Number(readFileSync(path, 'utf8').split(' ')[0]);
  return Number.isFinite(ns) ? ns / 1000 : Number.NaN;
}

/**
 * CPU time a server has run, in microseconds, from Linux's /proc: its main thread (the event
 * loop) and all its threads; undefined elsewhere. Unlike the wall clock it does not count the
 * time a loaded machine keeps the process waiting for a core.
 */
function cpuMicros(server: ChildServer): { loop: number; all: number } | undefined {
  const pid = server.process.pid;
  try {
    const loop = schedstatMicros(`/proc/${pid}/schedstat`);
    let all = 0;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      try {
        all += schedstatMicros(`/proc/${pid}/task/${task}/schedstat`);
      } catch {
        // A thread that ended between the listing and the read.
      }
    }
    return Number.isFinite(loop) ? { loop, all } : undefined;
  } catch {
    return undefined;
  }
}

/** Waits until the server's threads have gone quiet (its flushes, checkpoints, timers). */
async function quiet(server: ChildServer): Promise<void> {
  const deadline = performance.now() + QUIET_LONGEST_MS;
  let before = cpuMicros(server);
  if (!before) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    return;
  }
  while (performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, QUIET_POLL_MS));
    const now = cpuMicros(server);
    if (!now || now.all - before.all < QUIET_CPU_MICROS) return;
    before = now;
  }
}

/** p50 and p99 of the arrivals of some windows, pooled. */
function pooled(windows: readonly Arrival[][], picks?: readonly number[]) {
  const chosen = picks ? picks.map((i) => windows[i] as Arrival[]) : windows;
  const latencies = new Float64Array(chosen.reduce((sum, w) => sum + w.length, 0));
  let at = 0;
  for (const window of chosen) for (const a of window) latencies[at++] = a.latency;
  latencies.sort();
  return { p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99) };
}

/**
 * The 5th and 95th percentiles of the pooled ratio over resamples of the windows (each
 * resample draws window numbers with replacement and takes both servers' windows of that
 * number, neighbours in time): how far the ratio could move on another run like this one.
 */
function bootstrap(ours: readonly Arrival[][], theirs: readonly Arrival[][], seed: number) {
  const random = prng.create(seed);
  const p50: number[] = [];
  const p99: number[] = [];
  const n = Math.min(ours.length, theirs.length);
  for (let r = 0; r < BOOTSTRAP_RESAMPLES; r++) {
    const picks = Array.from({ length: n }, () => prng.uint32(random, 0, n - 1));
    const a = pooled(ours, picks);
    const b = pooled(theirs, picks);
    p50.push(a.p50 / b.p50);
    p99.push(a.p99 / b.p99);
  }
  const band = (values: number[]) => {
    values.sort((x, y) => x - y);
    return `${quantile(values, 0.05).toFixed(2)}–${quantile(values, 0.95).toFixed(2)}x`;
  };
  return { p50: band(p50), p99: band(p99) };
}

/** Prints p50/p99 edit latency of Accord and the reference server, with ratios. */
export async function syncLatencyBench(options: SyncLatencyOptions): Promise<void> {
  // Started in the order they are listed: at 60 × 2/s the first reference process came out
  // slower than the second in several runs, for no reason found, so Accord starts between.
  const reference = await spawnReferenceServer();
  const accord = await spawnAccord({ env: { SQLITE_SYNC: options.sqliteSync } });
  const control = await spawnReferenceServer();
  const servers = [reference, accord, control] as const;
  try {
    console.log(
      `\nedit latency, one client's move until each other client has it: ${options.rounds} ` +
        `windows of ${options.seconds} s on each server, taking turns, after an unmeasured one; ` +
        `Accord with SQLite (SQLITE_SYNC=${options.sqliteSync}); reference = @y/websocket-server (in memory), ` +
        'two processes of it in the same run: Accord is set against both, and the second against the first ' +
        "(the control: what two identical servers' figures differ by on this machine today)",
    );
    for (const [l, load] of options.loads.entries()) {
      const map = await createMapOn(accord, 'Latency');
      const cpu = servers.map(() => ({ loop: 0, all: 0, moves: 0 }));
      let windowStart: ReturnType<typeof cpuMicros>;
      const results = await runAlternatingEditLoads({
        targets: servers.map((server) =>
          server === accord
            ? { urls: [accord.wsUrl], room: map.id, token: map.editor }
            : { urls: [server.wsUrl], room: `latency-${load.clients}-${l}`, token: 'none' },
        ),
        clients: load.clients,
        rate: load.rate,
        windows: options.rounds,
        windowSeconds: options.seconds,
        seed: l + 1,
        onWindow: (index, phase) => {
          const server = servers[index] as ChildServer;
          if (phase === 'start') windowStart = cpuMicros(server);
          else {
            const end = cpuMicros(server);
            const sum = cpu[index];
            if (windowStart && end && sum) sum.loop += end.loop - windowStart.loop;
          }
        },
        // Whatever a server does after a window (Accord's journal inserts and checkpoint)
        // counts as its own CPU and ends before another's window starts.
        afterWindow: async (index, measured) => {
          const server = servers[index] as ChildServer;
          await quiet(server);
          if (!measured) return;
          const end = cpuMicros(server);
          const sum = cpu[index];
          if (windowStart && end && sum) sum.all += end.all - windowStart.all;
        },
      });
      const [first, ours, second] = results;
      if (!first || !ours || !second) throw new Error('the run returned no windows');
      // Each move's first receiver, window by window: as many as the moves made.
      const firstsOf = results.map((result) => result.windows.map(firstArrivals));
      for (const [index, firsts] of firstsOf.entries()) {
        const sum = cpu[index];
        if (sum) sum.moves = firsts.reduce((n, w) => n + w.length, 0);
      }
      // Window i of both references together: the reference's figures from twice the moves.
      const both = first.windows.map((w, i) => [...w, ...(second.windows[i] ?? [])]);
      const theirs = pooled(both);
      const mine = pooled(ours.windows);
      const ratio50 = mine.p50 / theirs.p50;
      const ratio99 = mine.p99 / theirs.p99;
      const band = bootstrap(ours.windows, both, l + 1);
      const one = pooled(first.windows);
      const two = pooled(second.windows);
      const controlBand = bootstrap(second.windows, first.windows, l + 1);
      const [firstsOne = [], firstsOurs = [], firstsTwo = []] = firstsOf;
      const medianOf = (windows: number[][]) =>
        quantile(
          windows.flat().sort((a, b) => a - b),
          0.5,
        );
      const missing = results.reduce((n, r) => n + r.missing, 0);
      const label = `${load.clients} clients × ${load.rate} moves/s`;
      const pad = ''.padEnd(24);
      console.log(
        `${label.padEnd(24)} Accord p50 ${ms(mine.p50)}  p99 ${ms(mine.p99)}   reference p50 ${ms(theirs.p50)}  p99 ${ms(theirs.p99)}${missing ? `   MISSING ${missing}` : ''}`,
      );
      console.log(
        `${pad} Accord / reference: p50 ${ratio50.toFixed(2)}x  p99 ${ratio99.toFixed(2)}x   ` +
          `(target ≤ 1.00x: ${ratio50 <= 1 && ratio99 <= 1 ? 'met' : 'NOT met'}; 90% of resampled runs: p50 ${band.p50}  p99 ${band.p99})`,
      );
      console.log(
        `${pad} Accord / each reference on its own: p50 ${(mine.p50 / one.p50).toFixed(2)}x and ${(mine.p50 / two.p50).toFixed(2)}x  ` +
          `p99 ${(mine.p99 / one.p99).toFixed(2)}x and ${(mine.p99 / two.p99).toFixed(2)}x`,
      );
      console.log(
        `${pad} control, second reference / first: p50 ${(two.p50 / one.p50).toFixed(2)}x  p99 ${(two.p99 / one.p99).toFixed(2)}x   ` +
          `(90% of resampled runs: p50 ${controlBand.p50}  p99 ${controlBand.p99}; first ${one.p50.toFixed(2)} / ${one.p99.toFixed(2)} ms, second ${two.p50.toFixed(2)} / ${two.p99.toFixed(2)} ms)`,
      );
      const firstOurs = medianOf(firstsOurs);
      const firstRef = medianOf([...firstsOne, ...firstsTwo]);
      console.log(
        `${pad} first receiver of each move, p50: Accord ${firstOurs.toFixed(2)} ms, reference ${firstRef.toFixed(2)} ms (${(firstOurs / firstRef).toFixed(2)}x)`,
      );
      const [cpuOne, cpuOurs, cpuTwo] = cpu;
      if (cpuOne && cpuOurs && cpuTwo && cpuOne.loop > 0 && cpuOurs.loop > 0) {
        const per = (micros: number, moves: number) => micros / Math.max(1, moves);
        const moves = cpuOne.moves + cpuTwo.moves;
        const loopOurs = per(cpuOurs.loop, cpuOurs.moves);
        const loopRef = per(cpuOne.loop + cpuTwo.loop, moves);
        const allOurs = per(cpuOurs.all, cpuOurs.moves);
        const allRef = per(cpuOne.all + cpuTwo.all, moves);
        console.log(
          `${pad} server CPU per move: event loop Accord ${loopOurs.toFixed(0)} µs, reference ${loopRef.toFixed(0)} µs (${(loopOurs / loopRef).toFixed(2)}x); ` +
            `all threads, until quiet: Accord ${allOurs.toFixed(0)} µs, reference ${allRef.toFixed(0)} µs (${(allOurs / allRef).toFixed(2)}x)`,
        );
      }
    }
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}
