import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateSpec } from '../../shared/spec/migrateSpec.ts';
import { setStatus } from '../../shared/ydoc/attrs.ts';
import { addNode } from '../../shared/ydoc/nodes.ts';
import {
  connectClient,
  startTestServer,
  type TestServer,
  waitFor,
} from '../helpers/startServer.ts';

const run = promisify(execFile);
const FIXTURE = path.resolve('test/fixtures/ics-west-yorkshire.spec.json');
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8'));
/** The fixture is a version 1 spec; what comes back is its upgrade to version 2. */
const upgraded = migrateSpec(fixture).spec as Record<string, unknown>;
const origin = { kind: 'local', participantId: 'spec-test' } as const;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.stop();
});

function withoutVolatile(spec: Record<string, unknown>) {
  const map = { ...(spec.map as Record<string, unknown>) };
  delete map.id;
  delete map.exportedAt;
  return { ...spec, map };
}

async function importFixture(body: unknown = fixture) {
  const response = await fetch(`${server.url}/api/maps/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, any> };
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

async function accord(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/accord.js', ...args], {
      encoding: 'utf8',
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('governance specs over REST', () => {
  it('imports a whole ICS and exports it back unchanged', async () => {
    const created = await importFixture();
    expect(created.status).toBe(201);
    const viewer = tokenOf(created.json.links.viewer);
    const response = await fetch(`${server.url}/api/maps/${created.json.id}/spec?include=all`, {
      headers: { authorization: `Bearer ${viewer}` },
    });
    expect(response.status).toBe(200);
    const exported = (await response.json()) as Record<string, unknown>;
    expect(withoutVolatile(exported)).toEqual(withoutVolatile(upgraded));
    expect((exported.map as { id: string }).id).toBe(created.json.id);
    // An independent validator agrees that what the server exports is a spec.
    const schema = JSON.parse(readFileSync('docs/governance-spec.v2.json', 'utf8'));
    const validate = new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(
      schema,
    );
    expect(validate(exported), JSON.stringify(validate.errors)).toBe(true);

    const validation = await fetch(
      `${server.url}/api/maps/${created.json.id}/validation?token=${viewer}`,
    );
    expect(await validation.json()).toEqual(fixture.validation);
  });

  it('exports only agreed elements by default, everything with include=all', async () => {
    const map = await server.createMap('Agreed only');
    const client = connectClient(server.wsUrl, map.id, map.tokens.editor);
    await client.synced;
    const agreed = addNode(client.doc, origin, {
      kind: 'icb',
      label: 'Agreed ICB',
      position: { x: 0, y: 0 },
    });
    addNode(client.doc, origin, {
      kind: 'nhs-trust',
      label: 'Proposed trust',
      position: { x: 0, y: 0 },
    });
    setStatus(client.doc, origin, [{ collection: 'nodes', id: agreed }], 'agreed');
    const get = async (query: string) => {
      const res = await fetch(`${server.url}/api/maps/${map.id}/spec${query}`, {
        headers: { authorization: `Bearer ${map.tokens.viewer}` },
      });
      return (await res.json()) as { bodies: Array<{ name: string }>; map: { includes: string } };
    };
    await waitFor(async () => (await get('?include=all')).bodies.length === 2, 5000);
    const byDefault = await get('');
    expect(byDefault.map.includes).toBe('agreed');
    expect(byDefault.bodies.map((b) => b.name)).toEqual(['Agreed ICB']);
    client.destroy();
  });

  it('refuses a bad spec with every problem and its path, and creates nothing', async () => {
    const before = mapCount(server.dataDir);
    const bad = structuredClone(fixture);
    bad.specVersion = 3;
    bad.bodies[0].kind = 'spaceship';
    bad.relationships[0].to = 'nobody-at-all';
    const refused = await importFixture(bad);
    expect(refused.status).toBe(400);
    expect(refused.json.error.code).toBe('invalid_spec');
    const paths = (refused.json.error.details as Array<{ path: string }>).map((p) => p.path);
    expect(paths).toContain('$.specVersion');
    expect(paths).toContain('$.bodies[0].kind');
    expect(mapCount(server.dataDir)).toBe(before);
  });

  it('needs a token for the spec, and serves the JSON Schema that docs/ holds', async () => {
    const map = await server.createMap('Closed');
    expect((await fetch(`${server.url}/api/maps/${map.id}/spec`)).status).toBe(401);
    expect(
      (await fetch(`${server.url}/api/maps/${map.id}/spec?token=wrong-token-here`)).status,
    ).toBe(403);
    for (const version of ['v1', 'v2']) {
      const file = `governance-spec.${version}.json`;
      const schema = await (await fetch(`${server.url}/schema/${file}`)).json();
      expect(schema).toEqual(JSON.parse(readFileSync(`docs/${file}`, 'utf8')));
    }
  });

  it('keeps the author’s ids, imports without the validation block, and shows every problem at once', async () => {
    const spec = {
      specVersion: 2,
      map: { id: 'x', title: 'Ids', exportedAt: '2026-12-01T10:00:00Z', includes: 'all' },
      footprints: [{ id: 'fp-nw', name: 'North West', level: 'system' }],
      bodies: [
        {
          id: 'QYG',
          kind: 'icb',
          name: 'Cheshire and Merseyside ICB',
          footprint: 'fp-nw',
          statutory: true,
          status: 'agreed',
        },
        {
          id: 'RBL',
          kind: 'nhs-trust',
          name: 'Wirral University Teaching Hospital',
          footprint: 'fp-nw',
          statutory: true,
          status: 'agreed',
          designation: 'integrated-health-organisation',
        },
        {
          id: 'a.b:c_d-1',
          kind: 'neighbourhood-provider',
          name: 'Wirral MNP',
          statutory: false,
          status: 'proposed',
          neighbourhoodScale: 'multi-neighbourhood',
        },
      ],
      relationships: [
        {
          id: 'QYG:commissions:RBL',
          kind: 'commissions',
          from: 'QYG',
          to: 'RBL',
          status: 'agreed',
          contractType: 'iho',
        },
      ],
    };
    const created = await importFixture(spec);
    expect(created.status).toBe(201);
    const viewer = tokenOf(created.json.links.viewer);
    const exported = await (
      await fetch(`${server.url}/api/maps/${created.json.id}/spec?include=all&token=${viewer}`)
    ).json();
    expect(exported.bodies.map((b: { id: string }) => b.id)).toEqual(['QYG', 'RBL', 'a.b:c_d-1']);
    expect(exported.relationships[0].id).toBe('QYG:commissions:RBL');
    expect(exported.footprints[0].id).toBe('fp-nw');
    expect(exported.bodies[1].designation).toBe('integrated-health-organisation');

    // biome-ignore lint/suspicious/noExplicitAny: this test breaks a spec in ways no type allows.
    const bad = structuredClone(spec) as Record<string, any>;
    bad.bodies[0].sector = 'acute';
    bad.bodies[1].kind = 'spaceship';
    bad.relationships[0].to = 'nobody';
    const refused = await importFixture(bad);
    expect(refused.status).toBe(400);
    expect(refused.json.error.details.map((d: { path: string }) => d.path)).toEqual([
      '$.bodies[0].sector',
      '$.bodies[1].kind',
      '$.relationships[0].to',
    ]);
  });
});

describe('governance specs on the command line', () => {
  it('validates a file: 0 when valid, 2 when it is not a spec', async () => {
    const ok = await accord('spec', 'validate', FIXTURE);
    expect(ok.code).toBe(fixture.validation.errors.length > 0 ? 1 : 0);
    expect(ok.stdout).toContain('error(s)');

    const notJson = path.join(tmpdir(), `accord-not-json-${process.pid}.json`);
    writeFileSync(notJson, '{ this is not json');
    const unreadable = await accord('spec', 'validate', notJson);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toContain('$');

    expect((await accord('spec', 'validate', '/no/such/file.json')).code).toBe(2);
  });

  it('validates a file with rule errors: exit 1, each finding named', async () => {
    const broken = structuredClone(fixture);
    const trust = broken.bodies.find((b: { kind: string }) => b.kind === 'nhs-trust');
    broken.relationships.push({
      id: 'rel-bad-delegation',
      kind: 'delegates',
      from: trust.id,
      to: trust.id === broken.bodies[0].id ? broken.bodies[1].id : broken.bodies[0].id,
      status: 'agreed',
    });
    const file = path.join(tmpdir(), `accord-broken-${process.pid}.json`);
    writeFileSync(file, JSON.stringify(broken));
    const result = await accord('spec', 'validate', file);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('[delegation-without-holding]');
  });

  it('imports and exports through the data folder', async () => {
    const dataDir = path.join(tmpdir(), `accord-cli-${process.pid}`);
    const imported = await accord('spec', 'import', FIXTURE, '--data', dataDir);
    expect(imported.code).toBe(0);
    const mapId = /as map ([\w-]+)/.exec(imported.stdout)?.[1];
    expect(mapId).toBeDefined();
    expect(imported.stdout).toMatch(/owner: +http:\/\/localhost:\d+\/m\/[\w-]+#token=/);
    const exported = await accord('spec', 'export', mapId ?? '', '--data', dataDir, '--all');
    expect(exported.code).toBe(0);
    expect(withoutVolatile(JSON.parse(exported.stdout))).toEqual(withoutVolatile(upgraded));
    expect((await accord('spec', 'export', 'not an id', '--data', dataDir)).code).toBe(2);
    // Three runs of the command line, each starting Node: allow a busy machine its time.
  }, 90_000);

  it('migrates a version 1 file to version 2, saying what changed', async () => {
    const out = path.join(tmpdir(), `accord-migrated-${process.pid}.json`);
    const migrated = await accord('spec', 'migrate', FIXTURE, '-o', out);
    expect(migrated.code).toBe(0);
    expect(migrated.stderr).toContain('from version 1 to 2');
    expect(migrated.stderr).toContain('"NHS Act 2006 s65Z5" is now "s65z5-joint-exercise"');
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written.specVersion).toBe(2);
    expect(written).toEqual(upgraded);
    const again = await accord('spec', 'migrate', out);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('already version 2');
    expect(JSON.parse(again.stdout)).toEqual(written);

    const oddBasis = structuredClone(fixture);
    oddBasis.relationships.find((r: { legalBasis?: string }) => r.legalBasis).legalBasis =
      'a handshake';
    const odd = path.join(tmpdir(), `accord-odd-${process.pid}.json`);
    writeFileSync(odd, JSON.stringify(oddBasis));
    const kept = await accord('spec', 'migrate', odd);
    expect(kept.code).toBe(0);
    expect(kept.stdout).toContain('Legal basis (as written in version 1): a handshake');

    const notSpec = path.join(tmpdir(), `accord-notspec-${process.pid}.json`);
    writeFileSync(notSpec, JSON.stringify({ specVersion: 1 }));
    const refused = await accord('spec', 'migrate', notSpec);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('$.map');
    // Four runs of the command line, each starting Node: allow a busy machine its time.
  }, 90_000);
});
