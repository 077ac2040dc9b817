import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { setAttr, setStatus } from '../../shared/ydoc/attrs.ts';
import { connect } from '../../shared/ydoc/edges.ts';
import { setTitle } from '../../shared/ydoc/initMap.ts';
import { addNode, deleteElements, placeNodes, renameNode } from '../../shared/ydoc/nodes.ts';
import { readMap } from '../../shared/ydoc/readMap.ts';
import { api } from '../helpers/api.ts';
import { testSession } from '../helpers/session.ts';
import { type TestMap, type TestServer, waitFor } from '../helpers/startServer.ts';

const origin = { kind: 'local', participantId: 'versions-test' } as const;

const session = testSession();

function withoutVolatile(spec: Record<string, unknown>) {
  const { id: _id, exportedAt: _exportedAt, ...map } = spec.map as Record<string, unknown>;
  return { ...spec, map };
}

function content(doc: Y.Doc) {
  const map = readMap(doc);
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return {
    title: map.title,
    description: map.description,
    nodes: [...map.nodes].sort(byId),
    edges: [...map.edges].sort(byId),
  };
}

/** Draws an ICB and a trust accountable to it, agrees the ICB, and waits for the server. */
async function drawWorkshop(server: TestServer, map: TestMap, doc: Y.Doc) {
  const icb = addNode(doc, origin, { kind: 'icb', label: 'WY ICB', position: { x: 0, y: 0 } });
  const trust = addNode(doc, origin, { kind: 'icb', label: 'Trust', position: { x: 200, y: 0 } });
  const edge = connect(doc, origin, { kind: 'accountable-to', source: trust, target: icb });
  if (!edge.ok) throw new Error(edge.reason);
  expect(setAttr(doc, origin, { collection: 'nodes', id: icb }, 'notes', 'Chair: A').ok).toBe(true);
  setStatus(doc, origin, [{ collection: 'nodes', id: icb }], 'agreed');
  await waitFor(
    async () => {
      const spec = await api(server, `/api/maps/${map.id}/spec?include=all`, map.tokens.owner);
      return spec.json.bodies?.length === 2 && spec.json.relationships?.length === 1;
    },
    5000,
    'the server to hold the workshop',
  );
  return { icb, trust, edgeId: edge.id };
}

describe('named versions over REST', () => {
  it('lets the owner save a version that every role can list, and only the owner restore', async () => {
    const server = await session.server();
    const map = await server.createMap('West Yorkshire');
    const client = await session.client(server, map.id, map.tokens.owner);
    await drawWorkshop(server, map, client.doc);

    const saved = await api(server, `/api/maps/${map.id}/versions`, map.tokens.owner, {
      method: 'POST',
      body: { name: 'After workshop 2' },
    });
    expect(saved.status).toBe(201);
    expect(saved.json).toEqual({
      id: expect.anything(),
      name: 'After workshop 2',
      kind: 'named',
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });

    for (const token of [map.tokens.editor, map.tokens.viewer]) {
      const listed = await api(server, `/api/maps/${map.id}/versions`, token);
      expect(listed.status).toBe(200);
      expect(listed.json).toEqual({ versions: [saved.json] });
      const spec = await api(server, `/api/maps/${map.id}/versions/${saved.json.id}/spec`, token);
      expect(spec.status).toBe(200);
      const save = await api(server, `/api/maps/${map.id}/versions`, token, {
        method: 'POST',
        body: { name: 'Mine' },
      });
      expect(save.status).toBe(403);
      expect(save.json.error.code).toBe('forbidden');
      const restore = await api(
        server,
        `/api/maps/${map.id}/versions/${saved.json.id}/restore`,
        token,
        { method: 'POST' },
      );
      expect(restore.status).toBe(403);
    }
    expect(
      (await api(server, `/api/maps/${map.id}/versions`, map.tokens.owner)).json.versions,
    ).toHaveLength(1);
  });

  it('refuses bad names, unknown versions and missing tokens in the standard error shape', async () => {
    const server = await session.server();
    const map = await server.createMap();
    const path = `/api/maps/${map.id}/versions`;
    for (const name of ['', '   ', 'x'.repeat(101), 7]) {
      const bad = await api(server, path, map.tokens.owner, { method: 'POST', body: { name } });
      expect(bad.status).toBe(400);
      expect(bad.json.error.code).toBe('invalid_body');
    }
    const longest = await api(server, path, map.tokens.owner, {
      method: 'POST',
      body: { name: 'x'.repeat(100) },
    });
    expect(longest.status).toBe(201);
    for (const version of ['999999', 'abc', '0']) {
      const spec = await api(server, `${path}/${version}/spec`, map.tokens.owner);
      expect(spec.status).toBe(404);
      expect(spec.json.error.code).toBe('not_found');
      const restore = await api(server, `${path}/${version}/restore`, map.tokens.owner, {
        method: 'POST',
      });
      expect(restore.status).toBe(404);
    }
    const other = await server.createMap();
    const elsewhere = await api(
      server,
      `/api/maps/${other.id}/versions/${longest.json.id}/spec`,
      other.tokens.owner,
    );
    expect(elsewhere.status).toBe(404);
    const anonymous = await fetch(`${server.url}${path}`);
    expect(anonymous.status).toBe(401);
    const wrongMethod = await api(server, `${path}/${longest.json.id}/restore`, map.tokens.owner);
    expect(wrongMethod.status).toBe(405);
  });

  it('keeps versions across a restart on the same data directory', async () => {
    const first = await session.server();
    const map = await first.createMap('Leeds');
    const client = await session.client(first, map.id, map.tokens.owner);
    await drawWorkshop(first, map, client.doc);
    const saved = await api(first, `/api/maps/${map.id}/versions`, map.tokens.owner, {
      method: 'POST',
      body: { name: 'After workshop 2' },
    });
    const before = await api(
      first,
      `/api/maps/${map.id}/versions/${saved.json.id}/spec?include=all`,
      map.tokens.viewer,
    );
    client.destroy();
    await first.stop();

    const second = await session.server({ dataDir: first.dataDir });
    const listed = await api(second, `/api/maps/${map.id}/versions`, map.tokens.viewer);
    const byKind = (kind: string) =>
      (listed.json.versions as Array<{ kind: string }>).filter((version) => version.kind === kind);
    expect(byKind('named')).toEqual([saved.json]);
    // The shutdown ended a session of editing: it was kept automatically as well.
    expect(byKind('auto')).toHaveLength(1);
    const after = await api(
      second,
      `/api/maps/${map.id}/versions/${saved.json.id}/spec?include=all`,
      map.tokens.viewer,
    );
    expect(withoutVolatile(after.json)).toEqual(withoutVolatile(before.json));
    expect(after.json.bodies).toHaveLength(2);
  });

  it('restores a version as new changes that reach a connected client', async () => {
    const server = await session.server();
    const map = await server.createMap('Bradford');
    const client = await session.client(server, map.id, map.tokens.owner);
    const { icb, trust } = await drawWorkshop(server, map, client.doc);
    const saved = await api(server, `/api/maps/${map.id}/versions`, map.tokens.owner, {
      method: 'POST',
      body: { name: 'After workshop 2' },
    });
    const versionSpec = await api(
      server,
      `/api/maps/${map.id}/versions/${saved.json.id}/spec?include=all`,
      map.tokens.owner,
    );
    const versionContent = content(client.doc);

    // Further edits after the workshop.
    setTitle(client.doc, origin, 'Bradford (draft)');
    renameNode(client.doc, origin, icb, 'Renamed ICB');
    placeNodes(client.doc, origin, [{ id: icb, position: { x: 50, y: 50 } }]);
    setAttr(client.doc, origin, { collection: 'nodes', id: icb }, 'notes', 'Chair: B');
    deleteElements(client.doc, origin, { nodeIds: [trust] });
    addNode(client.doc, origin, { kind: 'icb', label: 'Newcomer', position: { x: 9, y: 9 } });
    await waitFor(
      async () => {
        const spec = await api(server, `/api/maps/${map.id}/spec?include=all`, map.tokens.owner);
        return spec.json.map.title === 'Bradford (draft)' && spec.json.relationships.length === 0;
      },
      5000,
      'the server to hold the later edits',
    );
    expect(content(client.doc)).not.toEqual(versionContent);

    const restored = await api(
      server,
      `/api/maps/${map.id}/versions/${saved.json.id}/restore`,
      map.tokens.owner,
      { method: 'POST' },
    );
    expect(restored.status).toBe(200);
    await waitFor(
      () => JSON.stringify(content(client.doc)) === JSON.stringify(versionContent),
      5000,
      'the client to receive the restore',
    );
    expect(content(client.doc)).toEqual(versionContent);
    const now = await api(server, `/api/maps/${map.id}/spec?include=all`, map.tokens.owner);
    expect(withoutVolatile(now.json)).toEqual(withoutVolatile(versionSpec.json));
  });

  it('restores a map nobody has open by appending to its stored log', async () => {
    const first = await session.server();
    const map = await first.createMap('Wakefield');
    const client = await session.client(first, map.id, map.tokens.owner);
    const { icb } = await drawWorkshop(first, map, client.doc);
    const saved = await api(first, `/api/maps/${map.id}/versions`, map.tokens.owner, {
      method: 'POST',
      body: { name: 'After workshop 2' },
    });
    const versionContent = content(client.doc);
    renameNode(client.doc, origin, icb, 'Renamed later');
    await waitFor(
      async () => {
        const spec = await api(first, `/api/maps/${map.id}/spec?include=all`, map.tokens.owner);
        return spec.json.bodies.some((body: { name: string }) => body.name === 'Renamed later');
      },
      5000,
      'the server to hold the rename',
    );
    client.destroy();
    // Restart so no room is loaded.
    await first.stop();
    const second = await session.server({ dataDir: first.dataDir });

    const restored = await api(
      second,
      `/api/maps/${map.id}/versions/${saved.json.id}/restore`,
      map.tokens.owner,
      { method: 'POST' },
    );
    expect(restored.status).toBe(200);
    const versionSpec = await api(
      second,
      `/api/maps/${map.id}/versions/${saved.json.id}/spec?include=all`,
      map.tokens.owner,
    );
    const now = await api(second, `/api/maps/${map.id}/spec?include=all`, map.tokens.owner);
    expect(withoutVolatile(now.json)).toEqual(withoutVolatile(versionSpec.json));
    const later = await session.client(second, map.id, map.tokens.owner);
    expect(content(later.doc)).toEqual(versionContent);
  });
});
