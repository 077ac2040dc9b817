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

export interface EditLoad {
  /** Sync endpoints; client i connects to urls[i % urls.length]. */
  urls: readonly string[];
  room: string;
  token: string;
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
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function figures(latencies: number[], missing: number): LatencyFigures {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
    samples: sorted.length,
    missing,
  };
}

interface Participant {
  client: TestClient;
  endpoint: number;
  nodeId: string;
  /** The send time of its last move. */
  lastSent: number;
}

/** Runs the load once and returns the latency figures. */
export async function runEditLoad(load: EditLoad): Promise<EditLoadResult> {
  const random = prng.create(load.seed);
  const participants: Participant[] = [];
  for (let i = 0; i < load.clients; i++) {
    const endpoint = i % load.urls.length;
    const client = connectClient(load.urls[endpoint] as string, load.room, load.token);
    participants.push({ client, endpoint, nodeId: '', lastSent: -1 });
  }
  const timers: NodeJS.Timeout[] = [];
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
      () => participants.every((p) => mapDoc(p.client.doc).nodes.size >= load.clients),
      30_000,
      'every client sees every body',
    );

    const byNode = new Map(participants.map((p) => [p.nodeId, p]));
    const all: number[] = [];
    const across: number[] = [];
    const within: number[] = [];
    // Each move's earliest arrival, by its send time (unique: one clock, one move per call).
    const firstArrival = new Map<number, number>();
    let counting = false;
    for (const receiver of participants) {
      mapDoc(receiver.client.doc).nodes.observeDeep((events) => {
        const now = performance.now();
        for (const event of events) {
          if (event.transaction.local || !(event.target instanceof Y.Map)) continue;
          if (!(event as Y.YMapEvent<unknown>).keysChanged.has('position')) continue;
          const position = event.target.get('position') as { x: number } | undefined;
          if (!counting || !position || position.x <= 0) continue;
          const sender = byNode.get(event.path[0] as string);
          const latency = now - position.x;
          all.push(latency);
          const earliest = firstArrival.get(position.x);
          if (earliest === undefined || latency < earliest) firstArrival.set(position.x, latency);
          if (sender && sender.endpoint !== receiver.endpoint) across.push(latency);
          else if (sender) within.push(latency);
        }
      });
    }

    const period = 1000 / load.rate;
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
    await new Promise((resolve) => setTimeout(resolve, load.warmupSeconds * 1000));
    counting = true;
    load.onMeasured?.('start');
    await new Promise((resolve) => setTimeout(resolve, load.seconds * 1000));
    counting = false;
    load.onMeasured?.('end');
    for (const timer of timers) clearInterval(timer);

    // Every client must end with every other's last move: a lost update would show here.
    const lastMoves = () => {
      let missing = 0;
      for (const receiver of participants) {
        const nodes = mapDoc(receiver.client.doc).nodes;
        for (const sender of participants) {
          const position = (nodes.get(sender.nodeId) as Y.Map<unknown> | undefined)?.get(
            'position',
          ) as { x: number } | undefined;
          if (position?.x !== sender.lastSent) missing++;
        }
      }
      return missing;
    };
    await waitFor(() => lastMoves() === 0, 15_000).catch(() => {});
    const missing = lastMoves();
    return {
      all: figures(all, missing),
      across: figures(across, missing),
      within: figures(within, missing),
      first: figures([...firstArrival.values()], missing),
    };
  } finally {
    for (const timer of timers) clearInterval(timer);
    for (const p of participants) p.client.destroy();
  }
}
