/**
 * Several processes on PostgreSQL and Redis. The latency across processes (a move by a
 * client on A until a client on B has it) is printed beside the same load on one process of
 * the same setup, in the same run. The soak runs 60 clients over three processes with random
 * disconnects and one restart of Redis, and checks that every client and the stored doc end
 * equal.
 */
import { randomBytes } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import { silentLogger } from '../../server/log.ts';
import { openPgStore } from '../../server/store/pgStore.ts';
import { mapDoc } from '../../shared/ydoc/layout.ts';
import { addNode, moveNodes } from '../../shared/ydoc/nodes.ts';
import { createTestDatabase, pgUnavailable } from '../helpers/pgDatabase.ts';
import {
  privateRedisUnavailable,
  redisUnavailable,
  startPrivateRedis,
} from '../helpers/privateServices.ts';
import { type ChildServer, createMapOn, spawnAccord } from '../helpers/spawnAccord.ts';
import { connectClient, type TestClient } from '../helpers/startServer.ts';
import { quantile, runEditLoad } from './editLoad.ts';

const REDIS_URL = process.env.ACCORD_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const origin = { kind: 'local', participantId: 'bench' } as const;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Listens to a map's Redis channel as a third process would and notes, for each move it
 * carries, how long after the move was made it was published: the part of A→B spent before
 * Redis (the sender's socket, guard and commit). The rest is Redis and the receiving process.
 */
async function tapRelay(url: string, channel: string) {
  const { Redis } = await import('ioredis');
  const redis = new Redis(url, { lazyConnect: true });
  await redis.connect();
  const published: number[] = [];
  redis.on('messageBuffer', (_channel: Buffer, data: Buffer) => {
    const now = performance.now();
    // A relay message: kind (0 = update), the sender's 8 bytes, then the update.
    if (data[0] !== 0) return;
    const { structs } = Y.decodeUpdate(new Uint8Array(data.subarray(9)));
    for (const struct of structs) {
      // A move sets the position to { x: its send time, y: 0 }; an overwrite carries no key
      // (Yjs finds it from the value it replaces), so moves are known by their value.
      const content = (struct as Partial<Y.Item>).content as { arr?: unknown[] } | undefined;
      const value = content?.arr?.[0] as { x?: unknown; y?: unknown } | undefined;
      if (typeof value?.x === 'number' && value.x > 0 && value.y === 0) {
        published.push(now - value.x);
      }
    }
  });
  await redis.subscribe(channel);
  return {
    /** Send → published on Redis, p50 and p99, of what was heard since the last call. */
    take(): { p50: number; p99: number } {
      const sorted = published.splice(0).sort((a, b) => a - b);
      return { p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99) };
    },
    close: () => redis.quit(),
  };
}

async function unavailable(): Promise<string | undefined> {
  const reasons = [await pgUnavailable(), await redisUnavailable(REDIS_URL)].filter(Boolean);
  return reasons.length > 0 ? reasons.join('; ') : undefined;
}

/**
 * Prints A→B latency at 20 × 5/s across two processes, beside one process of the same setup,
 * each after an uncounted warm-up run.
 */
export async function acrossProcessesBench(options: { seconds: number; rounds: number }) {
  const why = await unavailable();
  if (why) {
    console.log(`\nacross processes: skipped, ${why}`);
    return;
  }
  console.log(
    `\nacross processes, PostgreSQL + Redis, 20 clients × 5 moves/s, median of ${options.rounds} runs of ${options.seconds} s after a warm-up run`,
  );
  const db = await createTestDatabase();
  const env = {
    DATABASE_URL: db.url,
    REDIS_URL,
    REDIS_PREFIX: `accord_bench_${randomBytes(4).toString('hex')}:`,
  };
  const servers = await Promise.all([spawnAccord({ env }), spawnAccord({ env })]);
  const [a, b] = servers as [ChildServer, ChildServer];
  try {
    const across = { p50: [] as number[], p99: [] as number[] };
    const published = { p50: [] as number[], p99: [] as number[] };
    const within = { p50: [] as number[], p99: [] as number[] };
    const single = { p50: [] as number[], p99: [] as number[] };
    let missing = 0;
    const load = { clients: 20, rate: 5, warmupSeconds: 1 };
    const run = async (urls: string[], seconds: number, seed: number) => {
      const map = await createMapOn(a, 'Scale bench');
      const tap = await tapRelay(REDIS_URL, `${env.REDIS_PREFIX}room:${map.id}`);
      try {
        const result = await runEditLoad({
          ...load,
          seconds,
          urls,
          room: map.id,
          token: map.editor,
          seed,
        });
        return { ...result, published: tap.take() };
      } finally {
        await tap.close();
      }
    };
    // Warm-up, not counted: both processes have served this load before the rounds.
    await run([a.wsUrl, b.wsUrl], 1, 1);
    for (let round = 0; round < options.rounds; round++) {
      const split = await run([a.wsUrl, b.wsUrl], options.seconds, round + 1);
      const alone = await run([a.wsUrl], options.seconds, round + 1);
      across.p50.push(split.across.p50);
      across.p99.push(split.across.p99);
      within.p50.push(split.within.p50);
      within.p99.push(split.within.p99);
      published.p50.push(split.published.p50);
      published.p99.push(split.published.p99);
      single.p50.push(alone.all.p50);
      single.p99.push(alone.all.p99);
      missing += split.all.missing + alone.all.missing;
    }
    const f = (value: number) => `${value.toFixed(1).padStart(6)} ms`;
    console.log(
      `A→B (two processes)      p50 ${f(median(across.p50))}  p99 ${f(median(across.p99))}   ` +
        `one process, same setup p50 ${f(median(single.p50))}  p99 ${f(median(single.p99))}   ` +
        `target A→B p99 < 100 ms: ${median(across.p99) < 100 ? 'met' : 'NOT met'}` +
        `${missing ? `   MISSING ${missing}` : ''}`,
    );
    console.log(
      `A→A in the same runs     p50 ${f(median(within.p50))}  p99 ${f(median(within.p99))}   ` +
        `(clients on the same process while the others are on B: the anchor for A→B)`,
    );
    console.log(
      `of which move → on Redis p50 ${f(median(published.p50))}  p99 ${f(median(published.p99))}   ` +
        `(the sender's process: socket, guard, commit; the rest is Redis and the receiving process)`,
    );
    const list = (values: number[]) => values.map((v) => v.toFixed(1)).join(' / ');
    console.log(
      `rounds: A→B p99 ${list(across.p99)}; A→A p99 ${list(within.p99)}; on Redis p99 ${list(published.p99)}; one process p99 ${list(single.p99)}`,
    );
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await db.drop();
  }
}

function nodesJson(doc: Y.Doc): string {
  const json = mapDoc(doc).nodes.toJSON();
  return JSON.stringify(json, Object.keys(json).sort());
}

/** Whether every doc holds the same structs (cheap: state vectors), then the same bodies. */
function allEqual(docs: readonly Y.Doc[]): boolean {
  const vector = (doc: Y.Doc) => Buffer.from(Y.encodeStateVector(doc)).toString('base64');
  const first = docs[0];
  if (!first) return true;
  const want = vector(first);
  if (!docs.every((doc) => vector(doc) === want)) return false;
  const json = nodesJson(first);
  return docs.every((doc) => nodesJson(doc) === json);
}

/** The x of a body's position in a client's doc (the soak's moves count up). */
function positionX(doc: Y.Doc, bodyId: string): number {
  const body = mapDoc(doc).nodes.get(bodyId) as Y.Map<unknown> | undefined;
  return (body?.get('position') as { x?: number } | undefined)?.x ?? -1;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * 60 clients over three processes for `seconds`, each moving its body and now and then adding
 * one; random clients drop and come back; Redis is restarted once, half-way. Prints how soon
 * after Redis is back every connected client has every move made before (across processes),
 * and ends when every client and the stored doc are equal (or reports that they are not).
 */
export async function soakBench(options: { seconds: number }) {
  const why = (await pgUnavailable()) ?? privateRedisUnavailable();
  if (why) {
    console.log(`\nsoak: skipped, ${why}`);
    return;
  }
  const redis = await startPrivateRedis();
  const db = await createTestDatabase();
  const env = { DATABASE_URL: db.url, REDIS_URL: redis.url, REDIS_PREFIX: 'accord_soak:' };
  const servers = await Promise.all([
    spawnAccord({ env }),
    spawnAccord({ env }),
    spawnAccord({ env }),
  ]);
  const random = prng.create(42);
  const clients: TestClient[] = [];
  const timers: NodeJS.Timeout[] = [];
  // All 60 clients live in this process: when its own loop falls behind, so do they.
  const lag = monitorEventLoopDelay({ resolution: 20 });
  try {
    const map = await createMapOn(servers[0] as ChildServer, 'Scale bench');
    lag.enable();
    for (let i = 0; i < 60; i++) {
      const server = servers[i % servers.length] as ChildServer;
      clients.push(connectClient(server.wsUrl, map.id, map.editor));
    }
    await Promise.all(clients.map((each) => each.synced));
    const bodies = clients.map((each, i) =>
      addNode(each.doc, origin, {
        kind: 'nhs-trust',
        label: `Trust ${i}`,
        position: { x: 0, y: i },
      }),
    );
    let edits = 0;
    let drops = 0;
    for (const [i, each] of clients.entries()) {
      timers.push(
        // Clients that are cut off go on editing, as people do; they sync when back.
        setInterval(() => {
          edits++;
          if (random.next() < 0.05) {
            addNode(each.doc, origin, {
              kind: 'icb',
              label: `Extra ${edits}`,
              position: { x: edits, y: 0 },
            });
          } else {
            moveNodes(each.doc, origin, [
              { id: bodies[i] as string, position: { x: edits, y: i } },
            ]);
          }
        }, 1000),
      );
    }
    // Every 500 ms a random client drops for up to 3 s, editing offline meanwhile.
    timers.push(
      setInterval(() => {
        const each = clients[Math.floor(random.next() * clients.length)];
        if (!each?.provider.shouldConnect) return;
        drops++;
        each.provider.disconnect();
        timers.push(setTimeout(() => each.provider.connect(), random.next() * 3_000));
      }, 500),
    );
    const online = () =>
      clients.filter((each) => each.provider.wsconnected && each.provider.synced);
    const started = Date.now();
    await sleep((options.seconds * 1000) / 2);
    await redis.stop();
    await sleep(2_000);
    await redis.start();
    // Every move an online client had made when Redis came back must reach every client that
    // is online (the processes were cut off from each other meanwhile).
    const backAt = Date.now();
    const wanted = online().map((each) => ({
      body: bodies[clients.indexOf(each)] as string,
      x: positionX(each.doc, bodies[clients.indexOf(each)] as string),
    }));
    let caughtUp: number | undefined;
    while (Date.now() - backAt < 30_000) {
      const receivers = online();
      if (
        wanted.every(({ body, x }) => receivers.every((each) => positionX(each.doc, body) >= x))
      ) {
        caughtUp = Date.now() - backAt;
        break;
      }
      await sleep(50);
    }
    await sleep(Math.max(0, options.seconds * 1000 - (Date.now() - started)));
    for (const timer of timers) clearInterval(timer);
    for (const each of clients) if (!each.provider.shouldConnect) each.provider.connect();
    const settleStart = Date.now();
    let equal = true;
    // Polled sparingly: comparing 60 docs takes time this process's clients need to sync.
    for (;;) {
      if (allEqual(clients.map((each) => each.doc))) break;
      if (Date.now() - settleStart > 60_000) {
        equal = false;
        break;
      }
      await sleep(100);
    }
    const settled = Date.now() - settleStart;
    lag.disable();
    const store = await openPgStore(db.url, silentLogger);
    const stored = new Y.Doc();
    for (const part of await store.loadDoc(map.id)) Y.applyUpdate(stored, part);
    await store.close();
    const storedEqual = nodesJson(stored) === nodesJson((clients[0] as TestClient).doc);
    // An update the store lacks leaves every later one of its writer waiting in the doc.
    const waiting = stored.store.pendingStructs ? 'some updates waiting for one it lacks' : '';
    console.log(
      `\nsoak, 60 clients over 3 processes, ${options.seconds} s: ${edits} edits, ${drops} random disconnects, Redis stopped 2 s once; ` +
        `online clients had every earlier move ${caughtUp === undefined ? 'NOT within 30 s' : `${(caughtUp / 1000).toFixed(1)} s`} after Redis was back; ` +
        `clients ${equal ? 'all equal' : 'NOT EQUAL'} ${(settled / 1000).toFixed(1)} s after the edits stopped; ` +
        `stored doc ${storedEqual ? 'equal to them' : 'DIFFERENT'} (${mapDoc(stored).nodes.size} bodies)${waiting ? `; ${waiting}` : ''}`,
    );
    console.log(
      `the clients' own process (the bench): ${Math.round(edits / options.seconds)} of 60 edits/s made on time; ` +
        `its event loop late by p50 ${(lag.percentile(50) / 1e6).toFixed(0)} ms, p99 ${(lag.percentile(99) / 1e6).toFixed(0)} ms, max ${(lag.max / 1e6).toFixed(0)} ms`,
    );
    if (process.env.SOAK_TRACE) {
      for (const [i, server] of servers.entries()) {
        const lines = server
          .stderr()
          .split('\n')
          .filter((line) => line.includes('TRACE'));
        console.log(`process ${i + 1} (Redis back at ${backAt % 100000}):\n${lines.join('\n')}`);
      }
    }
    if (!equal || !storedEqual || caughtUp === undefined) {
      const sizes = clients.map((each) => mapDoc(each.doc).nodes.size);
      console.log(`bodies per client: ${Math.min(...sizes)} to ${Math.max(...sizes)}`);
      for (const [i, server] of servers.entries()) {
        console.log(`process ${i + 1} said:\n${server.stderr().slice(-3_000)}`);
      }
      process.exitCode = 1;
    }
  } finally {
    for (const timer of timers) clearInterval(timer);
    for (const each of clients) each.destroy();
    await Promise.all(servers.map((server) => server.stop()));
    await db.drop();
    await redis.destroy();
  }
}
