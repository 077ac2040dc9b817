import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestMap, type TestServer } from '../helpers/startServer.ts';

let server: TestServer;
let map: TestMap;

beforeAll(async () => {
  server = await startTestServer();
  map = await server.createMap('Leeds place partnership');
});

afterAll(async () => {
  await server?.stop();
});

async function call(path: string, init: RequestInit = {}) {
  const response = await fetch(`${server.url}${path}`, init);
  const text = await response.text();
  const body: unknown = text ? JSON.parse(text) : undefined;
  return { status: response.status, headers: response.headers, body };
}

function post(body: string) {
  return call('/api/maps', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body,
  });
}

describe('the REST API', () => {
  it('is healthy', async () => {
    expect(await call('/healthz')).toMatchObject({ status: 200, body: { ok: true } });
  });

  it('creates a map with three links on the host it was asked on', async () => {
    const { status, body } = await post(JSON.stringify({ title: '  North Yorkshire  ' }));
    expect(status).toBe(201);
    const created = body as { id: string; title: string; createdAt: string; links: object };
    expect(created.title).toBe('North Yorkshire');
    expect(Number.isNaN(Date.parse(created.createdAt))).toBe(false);
    const host = new URL(server.url).host;
    for (const link of Object.values(created.links)) {
      expect(link).toMatch(new RegExp(`^http://${host}/m/${created.id}#token=[\\w-]{32}$`));
    }
  });

  it('names a map "Untitled map" when no title is given, even with no body at all', async () => {
    expect((await post('')).body).toMatchObject({ title: 'Untitled map' });
    expect((await post('{}')).body).toMatchObject({ title: 'Untitled map' });
  });

  it('tells each token its role', async () => {
    for (const role of ['owner', 'editor', 'viewer'] as const) {
      const { status, body } = await call(`/api/maps/${map.id}?token=${map.tokens[role]}`);
      expect(status).toBe(200);
      expect(body).toMatchObject({ id: map.id, title: 'Leeds place partnership', role });
    }
    const viaHeader = await call(`/api/maps/${map.id}`, {
      headers: { Authorization: `Bearer ${map.tokens.editor}` },
    });
    expect(viaHeader.body).toMatchObject({ role: 'editor' });
  });

  it('answers every error in one shape with a fitting status', async () => {
    const cases: Array<[Promise<{ status: number; body: unknown }>, number, string]> = [
      [post('{not json'), 400, 'bad_json'],
      [post(JSON.stringify({ title: 'x'.repeat(201) })), 400, 'invalid_body'],
      [post(JSON.stringify({ title: 42 })), 400, 'invalid_body'],
      [call(`/api/maps/${map.id}`), 401, 'missing_token'],
      [call(`/api/maps/${map.id}?token=wrong`), 403, 'wrong_token'],
      [call(`/api/maps/NoSuchMap1234?token=${map.tokens.owner}`), 404, 'not_found'],
      [call(`/api/maps/bad!id?token=${map.tokens.owner}`), 400, 'invalid_id'],
      [call('/api/nothing-here'), 404, 'not_found'],
      [call('/api/maps', { method: 'GET' }), 405, 'method_not_allowed'],
      [call('/nothing-here.js', { method: 'POST' }), 404, 'not_found'],
    ];
    for (const [pending, status, code] of cases) {
      const { status: actual, body } = await pending;
      expect({ status: actual, body }).toMatchObject({
        status,
        body: { error: { code, message: expect.any(String) } },
      });
    }
    const invalid = await post(JSON.stringify({ title: 42 }));
    expect(invalid.body).toMatchObject({ error: { details: [{ path: '$.title' }] } });
  });

  it('refuses a body over 5 MiB with 413', async () => {
    const huge = JSON.stringify({ title: 'x'.repeat(5 * 1024 * 1024 + 10) });
    const { status, body } = await post(huge);
    expect(status).toBe(413);
    expect(body).toMatchObject({ error: { code: 'body_too_large' } });
  });
});
