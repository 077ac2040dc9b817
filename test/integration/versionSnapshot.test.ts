import { describe, expect, it } from 'vitest';
import { setAttr, setStatus } from '../../shared/ydoc/attrs.ts';
import { connect } from '../../shared/ydoc/edges.ts';
import { addNode, deleteElements, renameNode } from '../../shared/ydoc/nodes.ts';
import { type MapSnapshot, readMap } from '../../shared/ydoc/readMap.ts';
import { api } from '../helpers/api.ts';
import { testSession } from '../helpers/session.ts';
import { type TestMap, type TestServer, waitFor } from '../helpers/startServer.ts';

const origin = { kind: 'local', participantId: 'version-snapshot-test' } as const;

const session = testSession();

function sorted(snapshot: MapSnapshot): MapSnapshot {
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return {
    ...snapshot,
    nodes: [...snapshot.nodes].sort(byId),
    edges: [...snapshot.edges].sort(byId),
  };
}

async function serverHolds(server: TestServer, map: TestMap, bodies: number): Promise<void> {
  await waitFor(
    async () => {
      const spec = await api(server, `/api/maps/${map.id}/spec?include=all`, map.tokens.owner);
      return spec.json.bodies?.length === bodies;
    },
    5000,
    `the server to hold ${bodies} bodies`,
  );
}

async function saveVersion(server: TestServer, map: TestMap, name: string) {
  const saved = await api(server, `/api/maps/${map.id}/versions`, map.tokens.owner, {
    method: 'POST',
    body: { name },
  });
  expect(saved.status).toBe(201);
  return saved.json as { id: number; name: string; createdAt: string };
}

describe('GET /api/maps/:id/versions/:v/snapshot', () => {
  it("returns the version's map as plain records to every role, unchanged by later edits", async () => {
    const server = await session.server();
    const map = await server.createMap('Calderdale');
    const client = await session.client(server, map.id, map.tokens.owner);
    const { doc } = client;
    const footprint = addNode(doc, origin, {
      kind: 'footprint',
      label: 'Calderdale place',
      position: { x: 0, y: 0 },
      size: { w: 640, h: 420 },
      attrs: { level: 'place' },
    });
    const icb = addNode(doc, origin, { kind: 'icb', label: 'WY ICB', position: { x: 800, y: 0 } });
    const trust = addNode(doc, origin, {
      kind: 'nhs-trust',
      label: 'Calderdale Trust',
      position: { x: 40, y: 60 },
      parentId: footprint,
    });
    const edge = connect(doc, origin, { kind: 'accountable-to', source: trust, target: icb });
    if (!edge.ok) throw new Error(edge.reason);
    expect(setAttr(doc, origin, { collection: 'nodes', id: icb }, 'notes', 'Chair: A').ok).toBe(
      true,
    );
    setStatus(doc, origin, [{ collection: 'nodes', id: icb }], 'agreed');
    await serverHolds(server, map, 2);
    const asSaved = sorted(readMap(doc));
    const version = await saveVersion(server, map, 'After workshop 2');

    // Later edits do not reach the version.
    renameNode(doc, origin, icb, 'West Yorkshire ICB');
    deleteElements(doc, origin, { nodeIds: [trust] });
    addNode(doc, origin, { kind: 'pcn', label: 'Newcomer PCN', position: { x: 9, y: 9 } });
    await waitFor(
      async () => {
        const now = await api(server, `/api/maps/${map.id}/spec?include=all`, map.tokens.owner);
        return now.json.bodies?.some((b: { name: string }) => b.name === 'Newcomer PCN');
      },
      5000,
      'the server to hold the later edits',
    );

    for (const token of [map.tokens.owner, map.tokens.editor, map.tokens.viewer]) {
      const got = await api(server, `/api/maps/${map.id}/versions/${version.id}/snapshot`, token);
      expect(got.status).toBe(200);
      expect(sorted(got.json as MapSnapshot)).toEqual(asSaved);
    }
    const got = (
      await api(
        server,
        `/api/maps/${map.id}/versions/${version.id}/snapshot?token=${map.tokens.viewer}`,
        null,
      )
    ).json as MapSnapshot;
    expect(got.title).toBe('Calderdale');
    expect(got.nodes.map((n) => n.label).sort()).toEqual([
      'Calderdale Trust',
      'Calderdale place',
      'WY ICB',
    ]);
    const savedIcb = got.nodes.find((n) => n.id === icb);
    expect(savedIcb).toMatchObject({ status: 'agreed', attrs: { notes: 'Chair: A' } });
    expect(savedIcb?.agreedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(got.nodes.find((n) => n.id === trust)?.parentId).toBe(footprint);
    expect(got.edges).toEqual([
      expect.objectContaining({ id: edge.id, kind: 'accountable-to', source: trust, target: icb }),
    ]);
    expect(got.invalid).toEqual([]);
    expect(got.fieldProblems).toEqual([]);
  });

  it('keeps serving a version after a restart on the same data directory', async () => {
    const first = await session.server();
    const map = await first.createMap('Kirklees');
    const client = await session.client(first, map.id, map.tokens.owner);
    addNode(client.doc, origin, { kind: 'icb', label: 'WY ICB', position: { x: 0, y: 0 } });
    await serverHolds(first, map, 1);
    const version = await saveVersion(first, map, 'Before');
    const path = `/api/maps/${map.id}/versions/${version.id}/snapshot`;
    const before = await api(first, path, map.tokens.viewer);
    client.destroy();
    await first.stop();

    const second = await session.server({ dataDir: first.dataDir });
    const after = await api(second, path, map.tokens.viewer);
    expect(after.status).toBe(200);
    expect(after.json).toEqual(before.json);
    expect(after.json.nodes).toHaveLength(1);
  });

  it('refuses unknown versions, other maps, bad tokens and other methods in the standard shape', async () => {
    const server = await session.server();
    const map = await server.createMap();
    const version = await saveVersion(server, map, 'Empty');
    const path = `/api/maps/${map.id}/versions`;

    const empty = await api(server, `${path}/${version.id}/snapshot`, map.tokens.owner);
    expect(empty.status).toBe(200);
    expect(empty.json).toMatchObject({ nodes: [], edges: [], invalid: [], fieldProblems: [] });

    for (const unknown of ['999999', 'abc', '0', '-1', '1.5', '01']) {
      const got = await api(server, `${path}/${unknown}/snapshot`, map.tokens.owner);
      expect(got.status, unknown).toBe(404);
      expect(got.json.error.code).toBe('not_found');
    }

    // A version of one map is not reachable through another map's id.
    const other = await server.createMap();
    const elsewhere = await api(
      server,
      `/api/maps/${other.id}/versions/${version.id}/snapshot`,
      other.tokens.owner,
    );
    expect(elsewhere.status).toBe(404);
    // Nor with another map's token.
    const wrongToken = await api(server, `${path}/${version.id}/snapshot`, other.tokens.owner);
    expect(wrongToken.status).toBe(403);
    expect(wrongToken.json.error.code).toBe('wrong_token');

    const anonymous = await api(server, `${path}/${version.id}/snapshot`, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.error.code).toBe('missing_token');
    const garbage = await api(server, `${path}/${version.id}/snapshot`, 'not-a-token');
    expect(garbage.status).toBe(403);

    const unknownMap = await api(
      server,
      `/api/maps/nosuchmap1234/versions/${version.id}/snapshot`,
      map.tokens.owner,
    );
    expect(unknownMap.status).toBe(404);
    const badId = await api(server, `/api/maps/bad!/versions/${version.id}/snapshot`, null);
    expect(badId.status).toBe(400);
    expect(badId.json.error.code).toBe('invalid_id');

    const posted = await api(server, `${path}/${version.id}/snapshot`, map.tokens.owner, {
      method: 'POST',
    });
    expect(posted.status).toBe(405);
    expect(posted.json.error.code).toBe('method_not_allowed');
  });
});
