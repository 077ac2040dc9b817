import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNMEASURED_BODY_SIZE } from '../../shared/layout/layoutInput.ts';
import { layoutSpec } from '../../shared/layout/layoutSpec.ts';
import { migrateSpec } from '../../shared/spec/migrateSpec.ts';
import { parseSpec } from '../../shared/spec/parseSpec.ts';
import { readMap } from '../../shared/ydoc/readMap.ts';
import type { NodeRecord } from '../../shared/ydoc/schema.ts';
import { connectClient, startTestServer, type TestServer } from '../helpers/startServer.ts';

const fixture = JSON.parse(readFileSync('test/fixtures/ics-west-yorkshire.spec.json', 'utf8'));

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.stop();
});

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A node's box relative to its parent; bodies have no stored size, so the size laid out at. */
function boxOf(node: NodeRecord): Box {
  const { w, h } = node.size ?? { w: UNMEASURED_BODY_SIZE.width, h: UNMEASURED_BODY_SIZE.height };
  return { x: node.position.x, y: node.position.y, w, h };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function withoutVolatile(spec: Record<string, unknown>) {
  const map = { ...(spec.map as Record<string, unknown>) };
  delete map.id;
  delete map.exportedAt;
  return { ...spec, map };
}

describe('importing a spec lays the map out with ELK', () => {
  // The import starts a worker thread (and lays out with ELK in it): slow on a busy machine.
  it('nests bodies inside their footprints, apart, and still exports the spec', {
    timeout: 60_000,
  }, async () => {
    const created = await fetch(`${server.url}/api/maps/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(fixture),
    });
    expect(created.status).toBe(201);
    const { id, links } = (await created.json()) as { id: string; links: { viewer: string } };
    const viewer = new URL(links.viewer).hash.replace('#token=', '');

    const client = connectClient(server.wsUrl, id, viewer);
    try {
      await client.synced;
      const { nodes, invalid } = readMap(client.doc);
      expect(invalid).toEqual([]);
      expect(nodes).toHaveLength(fixture.footprints.length + fixture.bodies.length);
      const byId = new Map(nodes.map((node) => [node.id, node]));

      // Everything inside a footprint (bodies and inner footprints) lies within its size.
      let nested = 0;
      for (const node of nodes) {
        if (!node.parentId) continue;
        const size = byId.get(node.parentId)?.size;
        expect(size, `${node.parentId} has a stored size`).toBeDefined();
        const box = boxOf(node);
        expect(box.x, node.id).toBeGreaterThanOrEqual(0);
        expect(box.y, node.id).toBeGreaterThanOrEqual(0);
        expect(box.x + box.w, node.id).toBeLessThanOrEqual(size?.w ?? 0);
        expect(box.y + box.h, node.id).toBeLessThanOrEqual(size?.h ?? 0);
        if (node.kind !== 'footprint') nested++;
      }
      expect(nested).toBeGreaterThan(0);

      // No two siblings (same parent footprint, or both top-level) overlap.
      for (const [i, a] of nodes.entries()) {
        for (const b of nodes.slice(i + 1)) {
          if (a.parentId !== b.parentId) continue;
          expect(overlaps(boxOf(a), boxOf(b)), `${a.id} overlaps ${b.id}`).toBe(false);
        }
      }

      // The layout stored is ELK's, not the grid specToDoc falls back on.
      const parsed = parseSpec(fixture);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      const expected = await layoutSpec(parsed.spec);
      for (const node of nodes) {
        expect(node.position, node.id).toEqual(expected.positions.get(node.id));
        if (node.kind === 'footprint')
          expect(node.size, node.id).toEqual(expected.sizes.get(node.id));
      }
    } finally {
      client.destroy();
    }

    const exported = await fetch(`${server.url}/api/maps/${id}/spec?include=all`, {
      headers: { authorization: `Bearer ${viewer}` },
    });
    expect(exported.status).toBe(200);
    expect(withoutVolatile((await exported.json()) as Record<string, unknown>)).toEqual(
      withoutVolatile(migrateSpec(fixture).spec as Record<string, unknown>),
    );
  });
});
