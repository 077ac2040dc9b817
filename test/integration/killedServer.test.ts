import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addNode } from '../../shared/ydoc/index.ts';
import { type ChildServer, createMapOn, spawnAccord } from '../helpers/spawnAccord.ts';
import { connectClient, type TestClient, waitFor } from '../helpers/startServer.ts';
import { labels } from './docs.ts';

const origin = { kind: 'local', participantId: 'test' } as const;
const dataDir = mkdtempSync(path.join(tmpdir(), 'accord-killed-'));
const servers: ChildServer[] = [];
const clients: TestClient[] = [];

afterAll(async () => {
  for (const client of clients) client.destroy();
  for (const server of servers) await server.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

function client(server: ChildServer, mapId: string, token: string): TestClient {
  const connected = connectClient(server.wsUrl, mapId, token);
  clients.push(connected);
  return connected;
}

describe('a server killed with SIGKILL mid-edit', () => {
  it('has, when it starts again, every change any client had received', async () => {
    const first = await spawnAccord({ dataDir });
    servers.push(first);
    const map = await createMapOn(first, 'Killed');
    const writer = client(first, map.id, map.editor);
    const witness = client(first, map.id, map.viewer);
    await Promise.all([writer.synced, witness.synced]);
    // The writer edits on, a change every few milliseconds, while the server is killed: the
    // last changes the witness heard were stored a moment before, and are in the journal only.
    let made = 0;
    const editing = setInterval(() => {
      made++;
      addNode(writer.doc, origin, {
        kind: 'icb',
        label: `Node ${made}`,
        position: { x: made, y: 0 },
      });
    }, 3);
    await waitFor(
      () => labels(witness.doc).length >= 40,
      10_000,
      'forty changes reaching the witness',
    );
    await first.kill();
    clearInterval(editing);
    const heard = labels(witness.doc);
    writer.destroy();
    witness.destroy();

    const second = await spawnAccord({ dataDir });
    servers.push(second);
    const reader = client(second, map.id, map.viewer);
    await reader.synced;
    expect(labels(reader.doc)).toEqual(expect.arrayContaining(heard));
    expect(heard.length).toBeGreaterThanOrEqual(40);
  });
});
