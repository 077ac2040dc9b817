/**
 * A room under load: stock y-websocket clients, each moving its own body on the canvas at a
 * steady rate, each measuring how long the others' moves take to reach it. Every move
 * carries its send time (the clients share this process's clock), so a receiver knows the
 * latency of every move it sees.
 */
import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import { mapDoc } from '../../shared/ydoc/layout.ts';
import { addNode, moveNodes } from '../../shared/ydoc/nodes.ts';
import { connectClient, type TestClient, waitFor } from '../helpers/startServer.ts';

/** Where a crowd of clients edits: one room, on one or more endpoints. */
export interface EditTarget {
  /** Sync endpoints; client i connects to urls[i % urls.length]. */
  urls: readonly string[];
  room: string;
  token: string;
}

export interface EditLoad extends EditTarget {
  clients: number;
  /** Moves per second per client. */
  rate: number;
  /** Measured seconds, after `warmupSeconds` that are not counted. */
  seconds: number;
  warmupSeconds: number;
  seed: number;
  /** Told as the measured seconds start and end (the warm-up and the checks outside them). */
  onMeasured?: (phase: 'start' | 'end') => void;
}

export interface LatencyFigures {
  p50: number;
  p99: number;
  samples: number;
  /** Moves that never arrived at some client by the end (should be 0). */
  missing: number;
}

export interface EditLoadResult {
  all: LatencyFigures;
  /** Only the pairs of clients on different endpoints (A→B across processes). */
  across: LatencyFigures;
  /** Only the pairs of clients on the same endpoint (A→A, the anchor in the same run). */
  within: LatencyFigures;
  /**
   * Each move's first receiver only: the server's turnaround, before the receivers' own
   * reading (which, in this one process, takes most of the median receiver's wait).
   */
  first: LatencyFigures;
}

const origin = { kind: 'local', participantId: 'bench' } as const;

/** The value at quantile q of sorted values. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function figures(latencies: readonly number[], missing: number): LatencyFigures {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
    samples: sorted.length,
    missing,
  };
}

/** One move seen by one receiver. */
export interface Arrival {
  /** The move's send time (performance.now() of this process). */
  sent: number;
  latency: number;
  /** Sender and receiver on different endpoints. */
  across: boolean;
}

interface Participant {
  client: TestClient;
  endpoint: number;
  nodeId: string;
  /** The send time of its last move. */
  lastSent: number;
}

/** Clients in one room, each with its own body, ready to move on command. */
interface Crowd {
  /** Every arrival of another's move, in the order they came. */
  readonly arrivals: Arrival[];
  /** Starts every client moving at `rate`, their first moves spread over one period. */
  move(rate: number, random: prng.PRNG): void;
  halt(): void;
  /** Waits until every client has every other's last move; returns how many are missing. */
  settle(timeoutMs: number): Promise<number>;
  destroy(): void;
}

async function gatherCrowd(target: EditTarget, clients: number): Promise<Crowd> {
  const participants: Participant[] = [];
  for (let i = 0; i < clients; i++) {
    const endpoint = i % target.urls.length;
    const client = connectClient(target.urls[endpoint] as string, target.room, target.token);
    participants.push({ client, endpoint, nodeId: '', lastSent: -1 });
  }
  const timers: NodeJS.Timeout[] = [];
  const destroy = () => {
    for (const timer of timers) clearInterval(timer);
    for (const p of participants) p.client.destroy();
  };
  try {
    await Promise.all(participants.map((p) => p.client.synced));
    for (const [i, p] of participants.entries()) {
      p.nodeId = addNode(p.client.doc, origin, {
        kind: 'nhs-trust',
        label: `Trust ${i}`,
        position: { x: 0, y: i },
      });
    }
    await waitFor(
      () => participants.every((p) => mapDoc(p.client.doc).nodes.size >= clients),
      30_000,
      'every client sees every body',
    );
  } catch (error) {
    destroy();
    throw error;
  }

  const byNode = new Map(participants.map((p) => [p.nodeId, p]));
  const arrivals: Arrival[] = [];
  for (const receiver of participants) {
    mapDoc(receiver.client.doc).nodes.observeDeep((events) => {
      const now = performance.now();
      for (const event of events) {
        if (event.transaction.local || !(event.target instanceof Y.Map)) continue;
        if (!(event as Y.YMapEvent<unknown>).keysChanged.has('position')) continue;
        const position = event.target.get('position') as { x: number } | undefined;
        const sender = byNode.get(event.path[0] as string);
        if (!position || position.x <= 0 || !sender) continue;
        arrivals.push({
          sent: position.x,
          latency: now - position.x,
          across: sender.endpoint !== receiver.endpoint,
        });
      }
    });
  }

  // Every client must end with every other's last move: a lost update would show here.
  const missing = () => {
    let count = 0;
    for (const receiver of participants) {
      const nodes = mapDoc(receiver.client.doc).nodes;
      for (const sender of participants) {
        const position = (nodes.get(sender.nodeId) as Y.Map<unknown> | undefined)?.get(
          'position',
        ) as { x: number } | undefined;
        if (sender.lastSent > 0 && position?.x !== sender.lastSent) count++;
      }
    }
    return count;
  };

  return {
    arrivals,
    move(rate, random) {
      const period = 1000 / rate;
      for (const p of participants) {
        const move = () => {
          p.lastSent = performance.now();
          moveNodes(p.client.doc, origin, [{ id: p.nodeId, position: { x: p.lastSent, y: 0 } }]);
        };
        // Spread the clients' first moves over one period, as people do not move in step.
        const start = setTimeout(
          () => timers.push(setInterval(move, period)),
          random.next() * period,
        );
        timers.push(start);
      }
    },
    halt() {
      for (const timer of timers.splice(0)) clearInterval(timer);
    },
    async settle(timeoutMs) {
      await waitFor(() => missing() === 0, timeoutMs).catch(() => {});
      return missing();
    },
    destroy,
  };
}

/** The arrivals of the moves sent in [from, to). */
function sentBetween(arrivals: readonly Arrival[], from: number, to: number): Arrival[] {
  return arrivals.filter((a) => a.sent >= from && a.sent < to);
}

/** Each move's earliest arrival. */
export function firstArrivals(arrivals: readonly Arrival[]): number[] {
  // By send time: unique, as there is one clock and one move per call.
  const first = new Map<number, number>();
  for (const { sent, latency } of arrivals) {
    const earliest = first.get(sent);
    if (earliest === undefined || latency < earliest) first.set(sent, latency);
  }
  return [...first.values()];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the load once and returns the latency figures. */
export async function runEditLoad(load: EditLoad): Promise<EditLoadResult> {
  const crowd = await gatherCrowd(load, load.clients);
  try {
    crowd.move(load.rate, prng.create(load.seed));
    await sleep(load.warmupSeconds * 1000);
    const from = performance.now();
    load.onMeasured?.('start');
    await sleep(load.seconds * 1000);
    const to = performance.now();
    load.onMeasured?.('end');
    crowd.halt();
    const missing = await crowd.settle(15_000);
    const measured = sentBetween(crowd.arrivals, from, to);
    return {
      all: figures(
        measured.map((a) => a.latency),
        missing,
      ),
      across: figures(
        measured.filter((a) => a.across).map((a) => a.latency),
        missing,
      ),
      within: figures(
        measured.filter((a) => !a.across).map((a) => a.latency),
        missing,
      ),
      first: figures(firstArrivals(measured), missing),
    };
  } finally {
    crowd.destroy();
  }
}

export interface AlternatingLoads {
  /** One crowd per target, all connected throughout; only one moves at a time. */
  targets: readonly EditTarget[];
  clients: number;
  rate: number;
  /** Measured windows per target, taken in turns (in a new random order each turn). */
  windows: number;
  windowSeconds: number;
  seed: number;
  /**
   * Awaited after each window, before the next target moves: until then the last one's
   * own after-work (its storage, its timers) could land in the next one's window.
   */
  afterWindow?: (target: number, measured: boolean) => Promise<void>;
  /** Told as each measured window of a target starts and ends. */
  onWindow?: (target: number, phase: 'start' | 'end') => void;
}

/** One target's measured windows. */
export interface WindowedArrivals {
  /** The arrivals of the moves sent in each window, window by window. */
  windows: Arrival[][];
  missing: number;
}

/**
 * Several targets under the same load in short turns: every crowd stays connected, and the
 * crowds take turns at moving, a window each, so that a slow spell of a shared machine
 * falls on neighbouring windows of each target rather than on one target's whole run.
 * One unmeasured turn first for each.
 */
export async function runAlternatingEditLoads(load: AlternatingLoads): Promise<WindowedArrivals[]> {
  const crowds: Crowd[] = [];
  try {
    for (const target of load.targets) crowds.push(await gatherCrowd(target, load.clients));
    const random = prng.create(load.seed);
    const results: WindowedArrivals[] = crowds.map(() => ({
      windows: [],
      missing: 0,
    }));
    const turn = async (index: number, measured: boolean) => {
      const crowd = crowds[index] as Crowd;
      crowd.arrivals.length = 0;
      if (measured) load.onWindow?.(index, 'start');
      const from = performance.now();
      crowd.move(load.rate, random);
      await sleep(load.windowSeconds * 1000);
      crowd.halt();
      const to = performance.now();
      if (measured) load.onWindow?.(index, 'end');
      const result = results[index] as WindowedArrivals;
      result.missing += await crowd.settle(15_000);
      await load.afterWindow?.(index, measured);
      if (measured) result.windows.push(sentBetween(crowd.arrivals, from, to));
    };
    for (let i = 0; i < crowds.length; i++) await turn(i, false);
    for (let w = 0; w < load.windows; w++) {
      // A new order each turn, drawn at random: no target always follows the same one.
      const order = crowds.map((_, i) => i);
      for (let i = order.length - 1; i > 0; i--) {
        const j = prng.uint32(random, 0, i);
        [order[i], order[j]] = [order[j] as number, order[i] as number];
      }
      for (const index of order) await turn(index, true);
    }
    return results;
  } finally {
    for (const crowd of crowds) crowd.destroy();
  }
}
