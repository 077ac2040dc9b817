import { describe, expect, it } from 'vitest';
import { testSession } from '../helpers/session.ts';
import type { TestServer } from '../helpers/startServer.ts';
import { openRaw, refusedStatus, syncUrl } from './rawSocket.ts';

const { server } = testSession();

function call(s: TestServer, path: string, token: string, method = 'GET') {
  return fetch(`${s.url}${path}`, { method, headers: { Authorization: `Bearer ${token}` } });
}

function tokenOf(link: string): string {
  return new URL(link).hash.replace('#token=', '');
}

describe("a map's links", () => {
  it('are shown again to the owner only, and the same after a restart', async () => {
    const first = await server();
    const map = await first.createMap('Links');
    const shown = await call(first, `/api/maps/${map.id}/links`, map.tokens.owner);
    expect(shown.status).toBe(200);
    expect(await shown.json()).toEqual({ links: map.links });

    for (const token of [map.tokens.editor, map.tokens.viewer]) {
      const refused = await call(first, `/api/maps/${map.id}/links`, token);
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    }
    expect((await call(first, `/api/maps/${map.id}/links`, 'not-a-token')).status).toBe(403);
    expect((await fetch(`${first.url}/api/maps/${map.id}/links`)).status).toBe(401);

    await first.stop();
    // The links are made again from the secret kept in the data directory.
    const second = await server({ dataDir: first.dataDir });
    const again = await call(second, `/api/maps/${map.id}/links`, map.tokens.owner);
    const { links } = (await again.json()) as { links: Record<string, string> };
    expect(Object.values(links).map(tokenOf)).toEqual(Object.values(map.tokens));
  });

  it('rotate: the old token is refused at once and its open sockets are closed', async () => {
    const s = await server();
    const map = await s.createMap('Rotate');
    const viewerSocket = await openRaw(syncUrl(s.wsUrl, map.id, map.tokens.viewer));
    const editorSocket = await openRaw(syncUrl(s.wsUrl, map.id, map.tokens.editor));

    const rotated = await call(
      s,
      `/api/maps/${map.id}/links/viewer/rotate`,
      map.tokens.owner,
      'POST',
    );
    expect(rotated.status).toBe(200);
    const body = (await rotated.json()) as {
      links: { owner: string; editor: string; viewer: string };
      disconnected: number;
    };
    expect(body.disconnected).toBe(1);
    expect(body.links.owner).toBe(map.links.owner);
    expect(body.links.editor).toBe(map.links.editor);
    expect(body.links.viewer).not.toBe(map.links.viewer);

    expect(await viewerSocket.closed).toBe(4403);
    expect(editorSocket.socket.readyState).toBe(editorSocket.socket.OPEN);
    editorSocket.socket.close();

    // The old token opens nothing; the new one opens the map as a viewer.
    expect(await refusedStatus(syncUrl(s.wsUrl, map.id, map.tokens.viewer))).toBe(403);
    expect((await call(s, `/api/maps/${map.id}`, map.tokens.viewer)).status).toBe(403);
    const fresh = await call(s, `/api/maps/${map.id}`, tokenOf(body.links.viewer));
    expect(((await fresh.json()) as { role: string }).role).toBe('viewer');
    const shown = await call(s, `/api/maps/${map.id}/links`, map.tokens.owner);
    expect(((await shown.json()) as { links: unknown }).links).toEqual(body.links);
  });

  it('only the owner rotates, and only the editor and viewer links', async () => {
    const s = await server();
    const map = await s.createMap('Rotate rights');
    const byEditor = await call(
      s,
      `/api/maps/${map.id}/links/viewer/rotate`,
      map.tokens.editor,
      'POST',
    );
    expect(byEditor.status).toBe(403);
    const owner = await call(s, `/api/maps/${map.id}/links/owner/rotate`, map.tokens.owner, 'POST');
    expect(owner.status).toBe(400);
    const unknown = await call(
      s,
      `/api/maps/${map.id}/links/admin/rotate`,
      map.tokens.owner,
      'POST',
    );
    expect(unknown.status).toBe(400);
    expect(
      (await call(s, `/api/maps/${map.id}/links/viewer/rotate`, map.tokens.owner)).status,
    ).toBe(405);
    // Nothing changed.
    const shown = await call(s, `/api/maps/${map.id}/links`, map.tokens.owner);
    expect(((await shown.json()) as { links: unknown }).links).toEqual(map.links);
  });
});
