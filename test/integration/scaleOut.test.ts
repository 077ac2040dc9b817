/**
 * Several Accord processes on the real PostgreSQL and Redis: `accord serve` child processes
 * on free ports, stock y-websocket clients, faults made for real (kill -9, Redis and
 * PostgreSQL stopped and started). Each run has its own database (accord_test_<random>,
 * dropped afterwards) and its own Redis channel prefix.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { silentLogger } from '../../server/log.ts';
import { openPgStore } from '../../server/store/pgStore.ts';
import { setTitle } from '../../shared/ydoc/initMap.ts';
import { mapDoc } from '../../shared/ydoc/layout.ts';
import { lockElements } from '../../shared/ydoc/locks.ts';
import { addNode, moveNodes } from '../../shared/ydoc/nodes.ts';
import { type Balancer, startBalancer } from '../helpers/balancer.ts';
import {
  createTestDatabase,
  PG_ADMIN_URL,
  pgUnavailable,
  type TestDatabase,
} from '../helpers/pgDatabase.ts';
import {
  type PrivateService,
  privatePostgresUnavailable,
  privateRedisUnavailable,
  redisUnavailable,
  startPrivatePostgres,
  startPrivateRedis,
} from '../helpers/privateServices.ts';
import { type ChildServer, createMapOn, spawnAccord } from '../helpers/spawnAccord.ts';
import { connectClient, type TestClient, waitFor } from '../helpers/startServer.ts';

const REDIS_URL = process.env.ACCORD_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const missing = [await pgUnavailable(), await redisUnavailable(REDIS_URL)].filter(Boolean);
const origin = { kind: 'local', participantId: 'scale-test' } as const;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanUp of cleanups.splice(0).reverse()) await cleanUp().catch(() => {});
});

async function database(adminUrl = PG_ADMIN_URL): Promise<TestDatabase> {
  const db = await createTestDatabase(adminUrl);
  cleanups.push(() => db.drop());
  return db;
}

function envFor(db: TestDatabase, redisUrl = REDIS_URL): Record<string, string> {
  return {
    DATABASE_URL: db.url,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: `accord_test_${randomBytes(4).toString('hex')}:`,
  };
}

async function processes(count: number, env: Record<string, string>): Promise<ChildServer[]> {
  const servers = await Promise.all(Array.from({ length: count }, () => spawnAccord({ env })));
  cleanups.push(async () => {
    await Promise.all(servers.map((server) => server.kill()));
  });
  return servers;
}

/** Two processes on one database, and a map made on the first. */
async function twoProcessesAndMap() {
  const db = await database();
  const [a, b] = await processes(2, envFor(db));
  if (!a || !b) throw new Error('no processes');
  const map = await createMapOn(a, 'Scale');
  return { db, a, b, map };
}

/** Two processes on one database, a map, and an editor synced on each process. */
async function editorOnEach() {
  const { db, a, b, map } = await twoProcessesAndMap();
  const onA = client(a.wsUrl, map.id, map.editor);
  const onB = client(b.wsUrl, map.id, map.editor);
  await Promise.all([onA.synced, onB.synced]);
  return { db, a, b, map, onA, onB };
}

function client(wsUrl: string, mapId: string, token: string): TestClient {
  const made = connectClient(wsUrl, mapId, token);
  cleanups.push(async () => made.destroy());
  return made;
}

function nodeIds(doc: Y.Doc): string[] {
  return [...mapDoc(doc).nodes.keys()].sort();
}

function nodesJson(doc: Y.Doc): string {
  return JSON.stringify(mapDoc(doc).nodes.toJSON(), Object.keys(mapDoc(doc).nodes.toJSON()).sort());
}

async function storedNodeIds(url: string, mapId: string): Promise<string[]> {
  const store = await openPgStore(url, silentLogger);
  try {
    const doc = new Y.Doc();
    for (const part of await store.loadDoc(mapId)) Y.applyUpdate(doc, part);
    return nodeIds(doc);
  } finally {
    await store.close();
  }
}

/** Every client has the same nodes as the first (and as many as `atLeast`). */
async function converged(clients: TestClient[], atLeast: number, timeoutMs = 30_000) {
  await waitFor(
    () => {
      const first = clients[0];
      if (!first || nodeIds(first.doc).length < atLeast) return false;
      const want = nodesJson(first.doc);
      return clients.every((each) => nodesJson(each.doc) === want);
    },
    timeoutMs,
    'every client converged',
  );
}

async function health(server: ChildServer): Promise<{ status: string; redis?: string }> {
  return (await (await fetch(`${server.url}/healthz`)).json()) as {
    status: string;
    redis?: string;
  };
}

/** Adds a body from each client every `everyMs` until stopped; returns the ids made. */
function keepAdding(clients: TestClient[], everyMs: number) {
  const made: string[] = [];
  let n = 0;
  const timer = setInterval(() => {
    for (const each of clients) {
      if (!each.provider.wsconnected) continue;
      made.push(
        addNode(each.doc, origin, { kind: 'icb', label: `Body ${n++}`, position: { x: n, y: 0 } }),
      );
    }
  }, everyMs);
  return { made, stop: () => clearInterval(timer) };
}

if (missing.length > 0) {
  describe('several processes on PostgreSQL and Redis', () => {
    it.skip(`are not tested: ${missing.join('; ')}`, () => {});
  });
} else {
  describe('several processes on PostgreSQL and Redis', () => {
    it('converge: clients on A and on B see each other and the store holds it all', async () => {
      const { db, a, b, map } = await twoProcessesAndMap();
      const onA = [client(a.wsUrl, map.id, map.editor), client(a.wsUrl, map.id, map.editor)];
      const onB = [client(b.wsUrl, map.id, map.editor), client(b.wsUrl, map.id, map.owner)];
      const all = [...onA, ...onB];
      await Promise.all(all.map((each) => each.synced));
      for (const [i, each] of all.entries()) {
        for (let k = 0; k < 5; k++) {
          addNode(each.doc, origin, { kind: 'icb', label: `C${i} ${k}`, position: { x: k, y: i } });
        }
      }
      await converged(all, 20);
      expect(await storedNodeIds(db.url, map.id)).toEqual(nodeIds(onA[0]?.doc ?? new Y.Doc()));
      expect(await health(a)).toMatchObject({ status: 'ok', redis: 'up' });
    }, 60_000);

    it('give the title as renamed on every process, whichever holds the map open', async () => {
      const { a, b, map } = await twoProcessesAndMap();
      const owner = client(a.wsUrl, map.id, map.owner);
      await owner.synced;
      const title = async (server: ChildServer) => {
        const response = await fetch(`${server.url}/api/maps/${map.id}`, {
          headers: { Authorization: `Bearer ${map.viewer}` },
        });
        return ((await response.json()) as { title: string }).title;
      };
      expect(await title(b)).toBe('Scale');
      expect(setTitle(owner.doc, origin, 'Riverton place')).toEqual({ ok: true });
      // B has not loaded the map: it answers from the map's row, with the owner still on A.
      await waitFor(async () => (await title(b)) === 'Riverton place', 10_000, "B's new title");
      expect(await title(a)).toBe('Riverton place');
    }, 60_000);

    it('keep one log between them: every process counts every update towards compaction', async () => {
      const { db, map, onA, onB } = await editorOnEach();
      // 450 updates from each: neither process appends the 500 that start a compaction (the
      // server's default), but the log between them holds 900.
      for (let k = 0; k < 450; k++) {
        for (const [i, each] of [onA, onB].entries()) {
          mapDoc(each.doc).meta.set(`count-${i}`, k);
        }
        if (k % 50 === 49) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await waitFor(
        () =>
          [onA, onB].every((each) => mapDoc(each.doc).meta.get('count-0') === 449) &&
          [onA, onB].every((each) => mapDoc(each.doc).meta.get('count-1') === 449),
        30_000,
        'both clients have every update',
      );
      const store = await openPgStore(db.url, silentLogger);
      try {
        await waitFor(
          async () => (await store.pendingUpdateCount(map.id)) < 500,
          15_000,
          'a compaction of the shared log',
        );
      } finally {
        await store.close();
      }
    }, 90_000);

    it('hold the guard and revoked links on every process', async () => {
      const { a, b, map } = await twoProcessesAndMap();
      const owner = client(a.wsUrl, map.id, map.owner);
      const editor = client(b.wsUrl, map.id, map.editor);
      const viewer = client(b.wsUrl, map.id, map.viewer);
      await Promise.all([owner.synced, editor.synced, viewer.synced]);
      const locked = addNode(owner.doc, origin, {
        kind: 'icb',
        label: 'Locked',
        position: { x: 1, y: 1 },
      });
      lockElements(owner.doc, origin, [locked], 'owner');
      await waitFor(() => mapDoc(editor.doc).locks.has(locked), 15_000, 'the lock reached B');

      // The editor on B moves the locked body: B undoes it, and A's owner never keeps it.
      moveNodes(editor.doc, origin, [{ id: locked, position: { x: 999, y: 999 } }]);
      const x = (doc: Y.Doc) =>
        ((mapDoc(doc).nodes.get(locked) as Y.Map<unknown>).get('position') as { x: number }).x;
      await waitFor(() => x(editor.doc) === 1, 15_000, 'the move was undone on B');
      // A later edit that travels the same way shows A has heard everything before it.
      const marker = addNode(editor.doc, origin, {
        kind: 'icb',
        label: 'After',
        position: { x: 0, y: 0 },
      });
      await waitFor(() => mapDoc(owner.doc).nodes.has(marker), 15_000, 'A heard B');
      expect(x(owner.doc)).toBe(1);

      // A viewer on B adds a body: dropped on B, so A never hears of it.
      const sneaky = addNode(viewer.doc, origin, {
        kind: 'icb',
        label: 'Sneaky',
        position: { x: 5, y: 5 },
      });
      const marker2 = addNode(editor.doc, origin, {
        kind: 'icb',
        label: 'After 2',
        position: { x: 0, y: 0 },
      });
      await waitFor(() => mapDoc(owner.doc).nodes.has(marker2), 15_000, 'A heard B again');
      expect(mapDoc(owner.doc).nodes.has(sneaky)).toBe(false);

      // The editor on B forges presence under the owner's client id (a rename): B drops it,
      // since that id belongs to a socket on A.
      owner.provider.awareness.setLocalStateField('user', { id: 'owner-1', name: 'Owner' });
      const ownerId = owner.doc.clientID;
      const nameOn = (awareness: Awareness) =>
        (awareness.getStates().get(ownerId) as { user?: { name?: string } } | undefined)?.user
          ?.name;
      await waitFor(() => nameOn(editor.provider.awareness) === 'Owner', 15_000, 'presence on B');
      const forger = new Awareness(new Y.Doc());
      forger.clientID = ownerId;
      const ownerMeta = editor.provider.awareness.meta.get(ownerId);
      forger.setLocalState({ user: { id: 'owner-1', name: 'Impostor' } });
      forger.meta.set(ownerId, { clock: (ownerMeta?.clock ?? 0) + 5, lastUpdated: Date.now() });
      applyAwarenessUpdate(
        editor.provider.awareness,
        encodeAwarenessUpdate(forger, [ownerId]),
        'forged',
      );
      forger.destroy();
      editor.provider.awareness.setLocalStateField('user', { id: 'editor-1', name: 'Editor' });
      const editorId = editor.doc.clientID;
      await waitFor(
        () => owner.provider.awareness.getStates().has(editorId),
        15_000,
        "the editor's own presence reached A",
      );
      expect(nameOn(owner.provider.awareness)).toBe('Owner');
      const watcher = client(b.wsUrl, map.id, map.viewer);
      await watcher.synced;
      await waitFor(() => nameOn(watcher.provider.awareness) !== undefined, 15_000, 'presence');
      expect(nameOn(watcher.provider.awareness)).toBe('Owner');

      // The owner rotates the editor link on A: the editor sockets on A and on B are closed
      // (4403), and the answer counts both.
      const editorOnA = client(a.wsUrl, map.id, map.editor);
      await editorOnA.synced;
      const closedWith = (each: TestClient) =>
        new Promise<number>((resolve) => {
          each.provider.ws?.addEventListener('close', (event) =>
            resolve((event as CloseEvent).code),
          );
        });
      const closed = [closedWith(editor), closedWith(editorOnA)];
      const rotated = await fetch(`${a.url}/api/maps/${map.id}/links/editor/rotate`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${map.owner}` },
      });
      expect(rotated.status).toBe(200);
      expect(await Promise.all(closed)).toEqual([4403, 4403]);
      expect(((await rotated.json()) as { disconnected: number }).disconnected).toBe(2);
    }, 60_000);

    it("drop a killed process's presence on the others within seconds", async () => {
      const { a, onA, onB } = await editorOnEach();
      onA.provider.awareness.setLocalStateField('user', { id: 'on-a', name: 'On A' });
      const gone = onA.doc.clientID;
      await waitFor(
        () => onB.provider.awareness.getStates().has(gone),
        15_000,
        "A's presence reached B",
      );
      // Nothing of A's says goodbye: its process dies, and its client cannot reconnect.
      onA.provider.shouldConnect = false;
      await a.kill();
      // Well inside the 30 s after which presence that is not renewed times out anyway.
      await waitFor(
        () => !onB.provider.awareness.getStates().has(gone),
        15_000,
        "A's presence dropped on B",
      );
      // B itself goes on: its own socket's presence is still there.
      expect(onB.provider.awareness.getStates().has(onB.doc.clientID)).toBe(true);
    }, 60_000);

    it('lose nothing any client had when a process is killed mid-edit', async () => {
      const db = await database();
      const [a, b] = await processes(2, envFor(db));
      if (!a || !b) throw new Error('no processes');
      const balancer: Balancer = await startBalancer([a.port, b.port]);
      cleanups.push(() => balancer.close());
      const map = await createMapOn(a, 'Scale');
      const clients = Array.from({ length: 6 }, () => client(balancer.wsUrl, map.id, map.editor));
      await Promise.all(clients.map((each) => each.synced));
      const adding = keepAdding(clients, 50);
      await waitFor(() => adding.made.length >= 60, 20_000, 'edits under way');
      // What each client holds at the moment of the kill must survive it.
      const held = clients.map((each) => nodeIds(each.doc));
      await a.kill();
      balancer.backends = [b.port];
      await waitFor(() => adding.made.length >= 150, 30_000, 'edits go on');
      adding.stop();
      await converged(clients, 150, 45_000);
      const final = new Set(nodeIds(clients[0]?.doc ?? new Y.Doc()));
      for (const ids of held) for (const id of ids) expect(final.has(id)).toBe(true);
      for (const id of adding.made) expect(final.has(id)).toBe(true);
      expect(await storedNodeIds(db.url, map.id)).toEqual([...final].sort());
    }, 120_000);

    const noPrivateRedis = privateRedisUnavailable();
    it.skipIf(noPrivateRedis !== undefined)(
      `keep serving their own sockets while Redis is down, and converge when it is back${noPrivateRedis ? ` (skipped: ${noPrivateRedis})` : ''}`,
      async () => {
        const redis: PrivateService = await startPrivateRedis();
        cleanups.push(() => redis.destroy());
        const db = await database();
        const [a, b] = await processes(2, envFor(db, redis.url));
        if (!a || !b) throw new Error('no processes');
        const map = await createMapOn(a, 'Scale');
        const onA = [client(a.wsUrl, map.id, map.editor), client(a.wsUrl, map.id, map.editor)];
        const onB = [client(b.wsUrl, map.id, map.editor), client(b.wsUrl, map.id, map.editor)];
        const all = [...onA, ...onB];
        await Promise.all(all.map((each) => each.synced));
        const adding = keepAdding(all, 100);
        await waitFor(() => adding.made.length >= 20, 20_000, 'edits under way');

        await redis.stop();
        await waitFor(async () => (await health(a)).status === 'degraded', 15_000, 'A degraded');
        expect(await health(b)).toMatchObject({ status: 'degraded', redis: 'down' });
        // A's sockets still hear each other.
        const mine = addNode(onA[0]?.doc ?? new Y.Doc(), origin, {
          kind: 'icb',
          label: 'While Redis is down',
          position: { x: 0, y: 0 },
        });
        await waitFor(
          () => mapDoc(onA[1]?.doc ?? new Y.Doc()).nodes.has(mine),
          10_000,
          'A serves A',
        );
        await new Promise((resolve) => setTimeout(resolve, 10_000));
        expect(mapDoc(onB[0]?.doc ?? new Y.Doc()).nodes.has(mine)).toBe(false);

        await redis.start();
        await waitFor(async () => (await health(a)).status === 'ok', 20_000, 'A ok again');
        adding.stop();
        await converged(all, adding.made.length + 1, 30_000);
        for (const id of adding.made) {
          expect(mapDoc(onB[1]?.doc ?? new Y.Doc()).nodes.has(id)).toBe(true);
        }
      },
      120_000,
    );

    const noPrivatePostgres = privatePostgresUnavailable();
    it.skipIf(noPrivatePostgres !== undefined)(
      `lose no acknowledged update when PostgreSQL restarts${noPrivatePostgres ? ` (skipped: ${noPrivatePostgres})` : ''}`,
      async () => {
        const postgres = await startPrivatePostgres();
        cleanups.push(() => postgres.destroy());
        const db = await database(postgres.url);
        const [a, b] = await processes(2, envFor(db));
        if (!a || !b) throw new Error('no processes');
        const map = await createMapOn(a, 'Scale');
        const writers = [client(a.wsUrl, map.id, map.editor), client(b.wsUrl, map.id, map.editor)];
        const witness = client(b.wsUrl, map.id, map.viewer);
        await Promise.all([...writers, witness].map((each) => each.synced));
        const adding = keepAdding(writers, 100);
        await waitFor(() => adding.made.length >= 20, 20_000, 'edits under way');
        await postgres.stop();
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        // Acknowledged: a viewer on another socket has it (stored before it is broadcast).
        const acknowledged = nodeIds(witness.doc);
        await postgres.start();
        await waitFor(() => adding.made.length >= 80, 30_000, 'edits go on');
        adding.stop();
        await converged([...writers, witness], adding.made.length, 45_000);
        const stored = new Set(await storedNodeIds(db.url, map.id));
        for (const id of acknowledged) expect(stored.has(id)).toBe(true);
        for (const id of adding.made) expect(stored.has(id)).toBe(true);
      },
      150_000,
    );
  });
}
