import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../shared/templates/templates.ts';
import { readMap } from '../../shared/ydoc/readMap.ts';
import { connectClient, startTestServer, type TestServer } from '../helpers/startServer.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.stop();
});

interface PostMapResponse {
  id: string;
  title: string;
  links: { owner: string; editor: string; viewer: string };
  error: { code: string; message: string };
}

async function postMap(body: unknown) {
  const response = await fetch(`${server.url}/api/maps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as PostMapResponse };
}

function tokenOf(link: string): string {
  return new URL(link).hash.replace('#token=', '');
}

function mapCount(dataDir: string): number {
  const db = new Database(path.join(dataDir, 'accord.db'), { readonly: true });
  try {
    return (db.prepare('select count(*) as n from maps').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('creating a map from a template over REST', () => {
  it.each(TEMPLATES.map((template) => [template.id, template] as const))(
    'starts a map from %s with its bodies and relationships',
    async (id, template) => {
      const created = await postMap({ template: id });
      expect(created.status).toBe(201);
      expect(created.json.title).toBe(template.name);

      const client = connectClient(
        server.wsUrl,
        created.json.id,
        tokenOf(created.json.links.viewer),
      );
      try {
        await client.synced;
        const map = readMap(client.doc);
        expect(map.title).toBe(template.name);
        expect(map.invalid).toEqual([]);
        const bodies = map.nodes
          .filter((node) => node.kind !== 'footprint')
          .map((node) => ({
            id: node.id,
            kind: node.kind,
            label: node.label,
            status: node.status,
          }));
        expect(bodies.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
          template.spec.bodies
            .map((body) => ({ id: body.id, kind: body.kind, label: body.name, status: 'proposed' }))
            .sort((a, b) => a.id.localeCompare(b.id)),
        );
        const edges = map.edges.map((edge) => ({
          id: edge.id,
          kind: edge.kind,
          from: edge.source,
          to: edge.target,
        }));
        expect(edges.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
          template.spec.relationships
            .map(({ id: relId, kind, from, to }) => ({ id: relId, kind, from, to }))
            .sort((a, b) => a.id.localeCompare(b.id)),
        );
      } finally {
        client.destroy();
      }
    },
  );

  it('keeps a title given with a template', async () => {
    const created = await postMap({ template: 'whole-ics', title: 'Northshire workshop 1' });
    expect(created.status).toBe(201);
    expect(created.json.title).toBe('Northshire workshop 1');
  });

  it('refuses an unknown template with 400 and creates nothing', async () => {
    const before = mapCount(server.dataDir);
    const refused = await postMap({ template: 'no-such-template', title: 'Never made' });
    expect(refused.status).toBe(400);
    expect(refused.json.error.code).toBe('invalid_body');
    expect(refused.json.error.message).toContain('no-such-template');
    expect(mapCount(server.dataDir)).toBe(before);
  });
});
