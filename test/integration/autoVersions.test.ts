import { describe, expect, it } from 'vitest';
import { AUTO_SNAPSHOT_NAMES } from '../../server/maps/AutoSnapshots.ts';
import { addNode } from '../../shared/ydoc/nodes.ts';
import { testSession } from '../helpers/session.ts';
import { type TestServer, waitFor } from '../helpers/startServer.ts';

const session = testSession();

const origin = { kind: 'local', participantId: 'history-test' } as const;
let server: TestServer | undefined;

interface Listed {
  id: number;
  name: string;
  kind: 'named' | 'auto';
  createdAt: string;
}

async function versions(mapId: string, token: string): Promise<Listed[]> {
  const response = await fetch(`${server?.url}/api/maps/${mapId}/versions`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return ((await response.json()) as { versions: Listed[] }).versions;
}

describe('automatic versions', () => {
  it('are kept when a session of editing ends, apart from named ones, and open like them', async () => {
    const s = await session.server();
    server = s;
    const map = await s.createMap('Workshop');
    const join = () => session.client(s, map.id, map.tokens.editor);

    // People who only look keep nothing.
    const looker = await join();
    looker.destroy();
    const owner = {
      Authorization: `Bearer ${map.tokens.owner}`,
      'Content-Type': 'application/json',
    };
    await fetch(`${server.url}/api/maps/${map.id}/versions`, {
      method: 'POST',
      headers: owner,
      body: JSON.stringify({ name: 'Before the workshop' }),
    });

    const editor = await join();
    addNode(editor.doc, origin, {
      kind: 'icb',
      label: 'West Yorkshire ICB',
      position: { x: 0, y: 0 },
    });
    await waitFor(async () => {
      const response = await fetch(`${server?.url}/api/maps/${map.id}/spec?include=all`, {
        headers: owner,
      });
      return ((await response.json()) as { bodies: unknown[] }).bodies.length === 1;
    });
    editor.destroy();

    let listed: Listed[] = [];
    await waitFor(
      async () => {
        listed = await versions(map.id, map.tokens.viewer);
        return listed.some((version) => version.kind === 'auto');
      },
      5_000,
      'an automatic version',
    );
    expect(listed.map(({ name, kind }) => ({ name, kind }))).toEqual([
      { name: 'Before the workshop', kind: 'named' },
      { name: AUTO_SNAPSHOT_NAMES.ended, kind: 'auto' },
    ]);
    const automatic = listed.find((version) => version.kind === 'auto');
    const spec = await fetch(
      `${server.url}/api/maps/${map.id}/versions/${automatic?.id}/spec?include=all`,
      { headers: { authorization: `Bearer ${map.tokens.viewer}` } },
    );
    const bodies = ((await spec.json()) as { bodies: Array<{ name: string }> }).bodies;
    expect(bodies.map((body) => body.name)).toEqual(['West Yorkshire ICB']);
  });
});
