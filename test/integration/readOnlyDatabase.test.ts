import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { addNode, mapDoc } from '../../shared/ydoc/index.ts';
import { storedAfterRestart } from '../helpers/honest.ts';
import { connectClient, startTestServer, waitFor } from '../helpers/startServer.ts';

const local = { kind: 'local', participantId: 'test' } as const;
const body = (label: string) => ({ kind: 'nhs-trust', label, position: { x: 0, y: 0 } }) as const;

/** Whether this machine lets us make a file immutable (root on a filesystem with chattr). */
function canMakeImmutable(): boolean {
  try {
    execFileSync('chattr', ['--help'], { stdio: 'ignore' });
  } catch (error) {
    // chattr exits non-zero on --help; only a missing binary matters.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
  }
  return process.getuid?.() === 0;
}

describe('a database the server cannot write', () => {
  it.skipIf(!canMakeImmutable())('stops the server from starting, saying why', async () => {
    const first = await startTestServer();
    await first.createMap('Kept');
    await first.stop();
    const file = path.join(first.dataDir, 'accord.db');
    // As root, permissions do not stop writes; an immutable file does.
    execFileSync('chattr', ['+i', file]);
    try {
      await expect(startTestServer({ dataDir: first.dataDir })).rejects.toThrow(
        /accord\.db cannot be written .*writable/,
      );
    } finally {
      execFileSync('chattr', ['-i', file]);
    }
    // Writable again, it starts and still has the map.
    const again = await startTestServer({ dataDir: first.dataDir });
    expect((await fetch(`${again.url}/healthz`)).status).toBe(200);
    await again.stop();
  });
});

describe('a database that stops taking writes while the server runs', () => {
  it.skipIf(!canMakeImmutable())(
    'reports it on /healthz and to new sockets and requests, and loses nothing once it writes again',
    async () => {
      const server = await startTestServer();
      const map = await server.createMap('Kept');
      const alice = connectClient(server.wsUrl, map.id, map.tokens.editor);
      const bob = connectClient(server.wsUrl, map.id, map.tokens.editor);
      await Promise.all([alice.synced, bob.synced]);
      const before = addNode(alice.doc, local, body('Before'));
      await waitFor(() => mapDoc(bob.doc).nodes.has(before));

      // The database, its WAL and the journal the server appends updates to before inserting them.
      const files = ['accord.db', 'accord.db-wal', 'accord.journal'].map((f) =>
        path.join(server.dataDir, f),
      );
      execFileSync('chattr', ['+i', ...files]);
      let during = '';
      try {
        during = addNode(alice.doc, local, body('During'));
        const health = async () => {
          const res = await fetch(`${server.url}/healthz`);
          return { status: res.status, body: (await res.json()) as Record<string, unknown> };
        };
        await waitFor(async () => (await health()).status === 503, 5_000, '/healthz 503');
        const down = await health();
        expect(down.body).toMatchObject({ ok: false, status: 'down', database: 'down' });
        expect(String(down.body.reason)).toMatch(/accord\.db cannot be written/);
        // What was not stored reached nobody.
        expect(mapDoc(bob.doc).nodes.has(during)).toBe(false);

        // A new socket hears why instead of opening and closing in a loop.
        const refused = await new Promise<number>((resolve, reject) => {
          const socket = new WebSocket(`${server.wsUrl}/${map.id}?token=${map.tokens.editor}`);
          socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
          socket.on('open', () => reject(new Error('the socket opened')));
          socket.on('error', () => {});
        });
        expect(refused).toBe(503);
        // So does a request that writes.
        const created = await fetch(`${server.url}/api/maps`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ title: 'Refused' }),
        });
        expect(created.status).toBe(503);
        expect(((await created.json()) as { error: { code: string } }).error.code).toBe(
          'store_unwritable',
        );
      } finally {
        execFileSync('chattr', ['-i', ...files]);
      }

      // Writable again: the health clears, Alice's client reconnects and sends what it kept.
      await waitFor(
        async () => (await fetch(`${server.url}/healthz`)).status === 200,
        5_000,
        '/healthz 200',
      );
      await waitFor(() => mapDoc(bob.doc).nodes.has(during), 15_000, 'the kept change arriving');
      alice.destroy();
      bob.destroy();
      const { doc, server: again } = await storedAfterRestart(
        server,
        (dataDir) => startTestServer({ dataDir }),
        map.id,
        map.tokens.viewer,
      );
      const labels = Object.values((doc as { nodes: Record<string, { label: string }> }).nodes).map(
        (n) => n.label,
      );
      expect(labels).toEqual(expect.arrayContaining(['Before', 'During']));
      await again.stop();
    },
  );
});
