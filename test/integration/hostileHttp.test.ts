import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { MAX_LABEL_LENGTH, MAX_TITLE_LENGTH } from '../../shared/model/limits.ts';
import { addNode, mapDoc, renameNode } from '../../shared/ydoc/index.ts';
import { bigSpec } from '../helpers/bigSpec.ts';
import { converged, flushed } from '../helpers/honest.ts';
import { testSession } from '../helpers/session.ts';
import { waitFor } from '../helpers/startServer.ts';

const session = testSession();

const local = { kind: 'local', participantId: 'test' } as const;

/** A GET with a raw path of any length (fetch would refuse some before sending). */
function rawGet(
  port: number,
  path: string,
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('HTTP hardening', () => {
  it('sends a CSP without inline script, no referrer and nosniff, on pages and API answers', async () => {
    const server = await session.server();
    for (const path of ['/', '/healthz', '/api/maps/nope']) {
      const response = await fetch(`${server.url}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("unsafe-inline'; script");
      expect(csp.split(';').find((d) => d.trim().startsWith('script-src'))).not.toContain(
        'unsafe-inline',
      );
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    // The built page itself has no inline script for the CSP to block.
    const page = await (await fetch(`${server.url}/`)).text();
    for (const tag of page.match(/<script[^>]*>[^<]*<\/script>/g) ?? []) {
      expect(tag, 'every script comes from a file').toMatch(/ src="[^"]+"[^>]*><\/script>$/);
    }
  });

  it('answers long URLs with the JSON error body', async () => {
    const server = await session.server();
    const long = await rawGet(server.port, `/api/maps/${'a'.repeat(6_000)}`);
    expect(long.status).toBe(414);
    expect(JSON.parse(long.body)).toMatchObject({ error: { code: 'uri_too_long' } });
    const huge = await rawGet(server.port, `/api/maps/${'a'.repeat(100_000)}`);
    expect(huge.status).toBe(431);
    expect(JSON.parse(huge.body)).toMatchObject({ error: { code: 'uri_too_long' } });
    expect(huge.headers['content-security-policy']).toBeDefined();
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('holds every title to one limit: creating a map and importing a spec', async () => {
    const server = await session.server();
    const tooLong = 'T'.repeat(MAX_TITLE_LENGTH + 1);
    const created = await fetch(`${server.url}/api/maps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: tooLong }),
    });
    expect(created.status).toBe(400);
    const spec = bigSpec(10);
    const imported = await fetch(`${server.url}/api/maps/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        ...spec,
        map: { ...(spec.map as object), title: 'x'.repeat(3_000_000) },
      }),
    });
    expect(imported.status).toBe(400);
    expect(JSON.stringify(await imported.json())).toContain(`over ${MAX_TITLE_LENGTH} characters`);
  });

  it('refuses labels over the limit instead of letting the element drop out of the export', async () => {
    const server = await session.server();
    const map = await server.createMap('Labels');
    const owner = await session.client(server, map.id, map.tokens.owner);
    const body = addNode(owner.doc, local, { kind: 'icb', label: 'ICB', position: { x: 0, y: 0 } });
    const mallory = await session.raw(server, map.id, map.tokens.editor);
    await waitFor(() => mapDoc(mallory.mirror).nodes.has(body));
    const long = 'L'.repeat(MAX_LABEL_LENGTH + 100);
    let added = '';
    mallory.write((d) => {
      renameNode(d, local, body, long);
      added = addNode(d, local, { kind: 'nhs-trust', label: long, position: { x: 9, y: 9 } });
    });
    await flushed(mallory, owner, 'after-labels');
    await waitFor(
      () => mapDoc(owner.doc).nodes.get(body)?.get('label') === 'ICB',
      5_000,
      'the label put back',
    );
    expect(mapDoc(owner.doc).nodes.get(added)?.get('label')).toBe(long.slice(0, MAX_LABEL_LENGTH));

    const spec = await fetch(`${server.url}/api/maps/${map.id}/spec?include=all`, {
      headers: { authorization: `Bearer ${map.tokens.owner}` },
    });
    const names = (
      (await spec.json()) as { bodies: Array<{ id: string; name: string }> }
    ).bodies.map((b) => b.id);
    expect(names).toEqual(expect.arrayContaining([body, added]));
    const editor = await session.client(server, map.id, map.tokens.editor);
    await converged([owner, editor]);
  });
});
