import { afterEach, describe, expect, it } from 'vitest';
import { addNode, mapDoc } from '../../shared/ydoc/index.ts';
import {
  connectClient,
  startTestServer,
  type TestClient,
  type TestServer,
  waitFor,
} from '../helpers/startServer.ts';
import { labels } from './docs.ts';

const origin = { kind: 'local', participantId: 'test' } as const;
const clients: TestClient[] = [];
const servers: TestServer[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const s of servers.splice(0)) await s.stop();
});

async function client(s: TestServer, mapId: string, token: string): Promise<TestClient> {
  const c = connectClient(s.wsUrl, mapId, token);
  clients.push(c);
  await c.synced;
  return c;
}

describe('a viewer', () => {
  it("cannot change the map, yet sees everyone else's changes", async () => {
    const first = await startTestServer();
    servers.push(first);
    const map = await first.createMap('Read only');
    const editor = await client(first, map.id, map.tokens.editor);
    const viewer = await client(first, map.id, map.tokens.viewer);

    // The viewer edits its own doc (as a tampered client could) and then announces a marker
    // in awareness on the same socket. The server handles a socket's frames in order, so once
    // the editor sees the marker, the viewer's edit has been dealt with.
    addNode(viewer.doc, origin, { kind: 'icb', label: 'Sneaky', position: { x: 0, y: 0 } });
    viewer.provider.awareness.setLocalStateField('marker', 'after-edit');
    await waitFor(() =>
      [...editor.provider.awareness.getStates().values()].some(
        (state) => state.marker === 'after-edit',
      ),
    );
    expect(labels(editor.doc)).toEqual([]);

    // The viewer still receives the editor's work.
    addNode(editor.doc, origin, { kind: 'nhs-trust', label: 'Trust', position: { x: 1, y: 1 } });
    await waitFor(() => labels(viewer.doc).includes('Trust'));
    expect(labels(viewer.doc)).toEqual(['Sneaky', 'Trust']);

    // Nor did it reach the store: after a restart a fresh client sees only the editor's node.
    for (const c of clients.splice(0)) c.destroy();
    await first.stop();
    servers.splice(0);
    const second = await startTestServer({ dataDir: first.dataDir });
    servers.push(second);
    const fresh = await client(second, map.id, map.tokens.editor);
    expect(labels(fresh.doc)).toEqual(['Trust']);
    expect(mapDoc(fresh.doc).meta.get('title')).toBe('Read only');
  });
});
