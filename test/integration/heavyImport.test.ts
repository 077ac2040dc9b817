import { describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_LIMITS } from '../../server/http/ImportLimiter.ts';
import { addNode, mapDoc } from '../../shared/ydoc/index.ts';
import { bigSpec } from '../helpers/bigSpec.ts';
import { testSession } from '../helpers/session.ts';
import { type TestServer, waitFor } from '../helpers/startServer.ts';

const session = testSession();

const local = { kind: 'local', participantId: 'test' } as const;

function postImport(s: TestServer, body: string, contentType = 'application/json') {
  return fetch(`${s.url}/api/maps/import`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
}

describe('a big import does not hold up the server', () => {
  it('answers /healthz and syncs other rooms while a 5,000-body spec imports', {
    timeout: 120_000,
  }, async () => {
    const server = await session.server();
    const map = await server.createMap('Another room');
    const [alice, bob] = await Promise.all([
      session.client(server, map.id, map.tokens.editor),
      session.client(server, map.id, map.tokens.editor),
    ]);

    let settled = false;
    const importing = postImport(server, JSON.stringify(bigSpec(5_000))).finally(() => {
      settled = true;
    });
    // Each of these is answered while the import is still under way.
    for (let i = 0; i < 3; i++) {
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(200);
      addNode(alice.doc, local, { kind: 'icb', label: `During ${i}`, position: { x: i, y: 0 } });
      await waitFor(() => mapDoc(bob.doc).nodes.size === i + 1, 10_000, 'an edit in another room');
      expect(settled).toBe(false);
    }
    const created = await importing;
    expect(created.status).toBe(201);
    const { id, links } = (await created.json()) as { id: string; links: { viewer: string } };
    const reader = await session.client(
      server,
      id,
      new URL(links.viewer).hash.replace('#token=', ''),
    );
    expect(mapDoc(reader.doc).nodes.size).toBeGreaterThanOrEqual(5_000);
  });
});

describe('imports are limited per client address', () => {
  it('refuses a spec with too many elements (413), text bodies (415) and too many imports (429)', async () => {
    const server = await session.server({ importLimits: DEFAULT_IMPORT_LIMITS });
    const huge = await postImport(server, JSON.stringify(bigSpec(20_001)));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: { code: 'spec_too_large' } });

    const text = await postImport(server, JSON.stringify(bigSpec(10)), 'text/plain');
    expect(text.status).toBe(415);
    expect(await text.json()).toMatchObject({ error: { code: 'unsupported_media_type' } });

    // Five imports a minute from one address (the two above count): three bad specs are
    // refused on their merits, then the limit answers.
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await postImport(server, '{}')).status);
    expect(statuses).toEqual([400, 400, 400]);
    const limited = await postImport(server, '{}');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await limited.json()).toMatchObject({ error: { code: 'too_many_requests' } });
  });

  it('takes the size limits the server is started with', async () => {
    const few = await session.server({
      importLimits: { ...DEFAULT_IMPORT_LIMITS, maxElements: 5 },
    });
    const tooMany = await postImport(few, JSON.stringify(bigSpec(10)));
    expect(tooMany.status).toBe(413);
    expect(await tooMany.json()).toMatchObject({
      error: { code: 'spec_too_large', message: expect.stringContaining('at most 5') },
    });

    const small = await session.server({
      importLimits: { ...DEFAULT_IMPORT_LIMITS, maxBytes: 200 },
    });
    const tooBig = await postImport(small, JSON.stringify(bigSpec(10)));
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toMatchObject({ error: { code: 'body_too_large' } });
  }, 120_000);
});
