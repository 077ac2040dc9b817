import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docFromParts } from '../../server/maps/readCurrentDoc.ts';
import { openSqliteStore } from '../../server/store/sqliteStore.ts';
import { documentXml, docxParagraphs, docxSections } from '../helpers/docxText.ts';
import { startTestServer, type TestServer } from '../helpers/startServer.ts';

const run = promisify(execFile);
const FIXTURE = path.resolve('test/fixtures/ics-west-yorkshire.spec.json');
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8'));
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let server: TestServer;
let mapId: string;
let viewer: string;

function tokenOf(link: string): string {
  return new URL(link).hash.replace('#token=', '');
}

async function importSpec(spec: unknown): Promise<{ id: string; viewer: string; owner: string }> {
  const response = await fetch(`${server.url}/api/maps/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(spec),
  });
  expect(response.status).toBe(201);
  const created = (await response.json()) as {
    id: string;
    links: { viewer: string; owner: string };
  };
  return {
    id: created.id,
    viewer: tokenOf(created.links.viewer),
    owner: tokenOf(created.links.owner),
  };
}

function documentUrl(kind: string, query: string, map = mapId): string {
  return `${server.url}/api/maps/${map}/documents/${kind}?${query}`;
}

async function download(kind: string, query: string, token = viewer, map = mapId) {
  const response = await fetch(documentUrl(kind, query, map), {
    headers: { authorization: `Bearer ${token}` },
  });
  return response;
}

async function sectionsOf(kind: string, body: string): Promise<Map<string, string>> {
  const response = await download(kind, `body=${body}&format=docx`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe(DOCX);
  return docxSections(await documentXml(new Uint8Array(await response.arrayBuffer())));
}

beforeAll(async () => {
  server = await startTestServer();
  ({ id: mapId, viewer } = await importSpec(fixture));
});

afterAll(async () => {
  await server?.stop();
});

describe('governance documents over REST', () => {
  it('writes terms of reference as Word, with the map’s values in their sections', async () => {
    const response = await download('terms-of-reference', 'body=committee-wy-mh-joint');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(DOCX);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="terms-of-reference-west-yorkshire-mental-health-joint-committee.docx"',
    );
    const docx = new Uint8Array(await response.arrayBuffer());
    const xml = await documentXml(docx);
    const paragraphs = docxParagraphs(xml);
    const header = docxParagraphs(await documentXml(docx, 'word/header1.xml'));
    expect(header.map((p) => p.text)).toEqual([
      'Draft — Terms of reference: West Yorkshire Mental Health Joint Committee',
    ]);
    expect(await documentXml(docx, 'word/footer1.xml')).toMatch(/PAGE.*NUMPAGES/s);
    expect(paragraphs[0]).toMatchObject({
      style: 'Title',
      text: 'Terms of reference: West Yorkshire Mental Health Joint Committee',
    });
    // Sections are numbered Heading 1s; clauses are numbered one level down.
    expect(paragraphs.find((p) => p.text === 'Quorum')).toMatchObject({
      style: 'Heading1',
      numberingLevel: 0,
    });
    expect(paragraphs.find((p) => p.text.startsWith('Quorum: '))).toMatchObject({
      style: 'Clause',
      numberingLevel: 1,
    });
    const sections = docxSections(xml);
    expect(sections.get('Constitution and statutory basis')).toContain(
      'National Health Service Act 2006, section 65Z5',
    );
    expect(sections.get('Delegated functions and limits')).toContain(
      'adult secure mental health services commissioning',
    );
    expect(sections.get('Delegated functions and limits')).toContain('£60,000,000');
    expect(paragraphs.some((p) => p.inTable && p.text === '£60,000,000')).toBe(true);
    expect(sections.get('Membership and voting')).toContain(
      'South West Yorkshire Partnership NHS Foundation Trust',
    );
    expect(sections.get('Chair')).toContain('Independent chair appointed by the members');
    expect(sections.get('Quorum')).toContain('One voting member from each party');
    expect(sections.get('Reserved matters')).toContain('[to be agreed]');
    expect(sections.get('Open findings')).toContain('No open findings');
  });

  it('writes each other document for its body, with its values in the right sections', async () => {
    const mou = await sectionsOf('memorandum-of-understanding', 'place-leeds-partnership');
    expect(mou.get('Parties')).toContain('Morley and District PCN');
    expect(mou.get('Information sharing')).toContain('Leeds Care Record data-sharing agreement');
    expect(mou.get('Legal status')).toContain('not legally binding');

    const scheme = await sectionsOf('scheme-of-delegation', 'icb-west-yorkshire');
    expect(scheme.get('Delegated to committees of the board')).toContain(
      'Leeds Committee of the West Yorkshire ICB',
    );
    expect(scheme.get('Delegated to committees of the board')).toContain('£1,500,000,000');
    expect(scheme.get('Delegated to other bodies and joint arrangements')).toContain(
      'West Yorkshire Mental Health Joint Committee',
    );

    const delegation = await sectionsOf('delegation-agreement', 'committee-leeds-place');
    expect(delegation.get('Schedule of delegated functions')).toContain(
      'Leeds place health services commissioning',
    );
    expect(delegation.get('Governance of the delegate')).toContain(
      'Five members, including the chair and the place lead',
    );

    const pool = await sectionsOf('section-75-agreement', 'fund-leeds-bcf');
    expect(pool.get('Contributions')).toContain('£20,000,000');
    expect(pool.get('Contributions')).toContain('£95,000,000');
    expect(pool.get('Host and pool manager')).toContain('Leeds City Council');
    expect(pool.get('Duration')).toContain('1 April 2025');
  });

  it('writes Markdown with ?format=md', async () => {
    const response = await download('section-75-agreement', 'body=fund-leeds-bcf&format=md');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="section-75-agreement-leeds-better-care-fund.md"',
    );
    const markdown = await response.text();
    expect(markdown).toMatch(/^# Section 75 agreement schedule: Leeds Better Care Fund\n/);
    expect(markdown).toContain('## 3. Contributions');
    expect(markdown).toContain('| Leeds City Council | £20,000,000 |');
    expect(markdown).toContain(
      '2.2 Pool manager: Director of Adult Social Services, Leeds City Council.',
    );
    expect(markdown).toContain('6.2 The plan for the pool is approved by **\\[to be agreed\\]**.');
  });

  it('lists the open findings that affect a document at its end', async () => {
    const broken = structuredClone(fixture);
    broken.relationships.push({
      id: 'rel-icb-delegates-unheld',
      kind: 'delegates',
      from: 'icb-west-yorkshire',
      to: 'committee-wy-mh-joint',
      status: 'agreed',
      function: 'dental services commissioning',
    });
    const map = await importSpec(broken);
    const response = await download(
      'terms-of-reference',
      'body=committee-wy-mh-joint',
      map.viewer,
      map.id,
    );
    const sections = docxSections(await documentXml(new Uint8Array(await response.arrayBuffer())));
    const headings = [...sections.keys()];
    expect(headings[headings.length - 1]).toBe('Open findings');
    expect(sections.get('Open findings')).toContain('delegation-without-holding');
    expect(sections.get('Open findings')).toContain('dental services commissioning');
  });

  it('refuses unknown documents, missing or wrong bodies and bad formats with clear JSON errors', async () => {
    const cases: Array<[string, string, number, string, string]> = [
      ['minutes', 'body=icb-west-yorkshire', 404, 'not_found', 'terms-of-reference'],
      ['terms-of-reference', '', 400, 'invalid_query', '?body='],
      ['terms-of-reference', 'body=nobody', 404, 'not_found', 'There is no body "nobody"'],
      ['terms-of-reference', 'body=healthwatch-leeds', 422, 'wrong_body', 'Healthwatch Leeds'],
      ['scheme-of-delegation', 'body=trust-airedale', 422, 'wrong_body', 'integrated care board'],
      ['terms-of-reference', 'body=committee-wy-mh-joint&format=pdf', 400, 'invalid_query', 'docx'],
      ['terms-of-reference', 'body=fp-place-leeds', 422, 'wrong_body', 'footprint'],
    ];
    for (const [kind, query, status, code, words] of cases) {
      const response = await download(kind, query);
      expect(response.status, `${kind}?${query}`).toBe(status);
      expect(response.headers.get('content-type')).toContain('application/json');
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code, `${kind}?${query}`).toBe(code);
      expect(body.error.message).toContain(words);
    }
  });

  it('writes a document as at a date, and from a saved version', async () => {
    // The Leeds Better Care Fund is in force from 1 April 2025 to 31 March 2026.
    const inForce = await download(
      'section-75-agreement',
      'body=fund-leeds-bcf&format=md&asAt=2025-06-01',
    );
    expect(inForce.status).toBe(200);
    expect(await inForce.text()).toContain('as the structure stands on 1 June 2025');
    const lapsed = await download('section-75-agreement', 'body=fund-leeds-bcf&asAt=2026-06-01');
    expect(lapsed.status).toBe(404);
    expect(((await lapsed.json()) as { error: { message: string } }).error.message).toBe(
      'Leeds Better Care Fund is not in force on 1 June 2026: the map has it from 1 April 2025 until 31 March 2026.',
    );
    const badDate = await download('section-75-agreement', 'body=fund-leeds-bcf&asAt=2026-02-30');
    expect(badDate.status).toBe(400);

    const map = await importSpec(fixture);
    const saved = await fetch(`${server.url}/api/maps/${map.id}/versions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${map.owner}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Agreed at the board' }),
    });
    expect(saved.status).toBe(201);
    const { id: versionId } = (await saved.json()) as { id: number };
    const fromVersion = await download(
      'terms-of-reference',
      `body=committee-wy-mh-joint&format=md&version=${versionId}&asAt=2025-06-01`,
      map.viewer,
      map.id,
    );
    expect(fromVersion.status).toBe(200);
    const text = await fromVersion.text();
    expect(text).toContain('as saved in version “Agreed at the board”');
    expect(text).toContain('as the structure stands on 1 June 2025');
    expect(text).toContain('West Yorkshire Mental Health Joint Committee');
    const noVersion = await download(
      'terms-of-reference',
      'body=committee-wy-mh-joint&version=999',
      map.viewer,
      map.id,
    );
    expect(noVersion.status).toBe(404);
  });

  it('makes documents from the agreed map only, and only for a token of the map', async () => {
    const proposed = structuredClone(fixture);
    const committee = proposed.bodies.find((b: { id: string }) => b.id === 'committee-wy-mh-joint');
    committee.status = 'proposed';
    const map = await importSpec(proposed);
    const response = await download(
      'terms-of-reference',
      'body=committee-wy-mh-joint',
      map.viewer,
      map.id,
    );
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
      'West Yorkshire Mental Health Joint Committee is proposed, not agreed: documents are made from the agreed map only.',
    );
    const anonymous = await fetch(documentUrl('terms-of-reference', 'body=committee-wy-mh-joint'));
    expect(anonymous.status).toBe(401);
    const otherMap = await download('terms-of-reference', 'body=committee-wy-mh-joint', map.viewer);
    expect(otherMap.status).toBe(403);
  });
});

describe('accord docs', () => {
  async function accord(...args: string[]) {
    try {
      const { stdout, stderr } = await run(process.execPath, ['bin/accord.js', ...args], {
        encoding: 'buffer',
      });
      return { code: 0, stdout, stderr: stderr.toString('utf8') };
    } catch (error) {
      const failed = error as { code: number; stdout: Buffer; stderr: Buffer };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr.toString('utf8') };
    }
  }

  it('writes a document of a map in a data folder, as Word or Markdown', async () => {
    const dataDir = path.join(tmpdir(), `accord-docs-cli-${process.pid}`);
    const imported = await accord('spec', 'import', FIXTURE, '--data', dataDir);
    expect(imported.code).toBe(0);
    const id = /as map ([\w-]+)/.exec(imported.stdout.toString('utf8'))?.[1] ?? '';
    // A map id may start with "-", so the positionals go after "--", as the usage says.
    const docs = (kind: string, options: string[]) =>
      accord('docs', ...options, '--data', dataDir, '--', kind, id);
    const file = path.join(dataDir, 'scheme.docx');
    const word = await docs('scheme-of-delegation', ['--body', 'icb-west-yorkshire', '-o', file]);
    expect(word.code).toBe(0);
    expect(word.stderr).toBe(`Wrote ${file}\n`);
    const sections = docxSections(await documentXml(readFileSync(file)));
    expect(sections.get('Delegated to committees of the board')).toContain(
      'Leeds place health services commissioning',
    );
    const markdown = await docs('memorandum-of-understanding', [
      '--body',
      'place-leeds-partnership',
      '--format',
      'md',
      '-o',
      '-',
    ]);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout.toString('utf8')).toContain(
      '# Memorandum of understanding: Leeds Health and Care Partnership',
    );

    // A saved version, as the Versions tab saves it, and a date.
    const store = openSqliteStore(dataDir);
    const doc = docFromParts(await store.loadDoc(id));
    const version = await store.saveVersion(
      id,
      'Agreed at the board',
      '2025-05-20T10:00:00.000Z',
      Y.encodeStateAsUpdate(doc),
    );
    doc.destroy();
    await store.close();
    const dated = await docs('section-75-agreement', [
      '--body',
      'fund-leeds-bcf',
      '--version',
      String(version.id),
      '--as-at',
      '2025-06-01',
      '-o',
      '-',
      '--format',
      'md',
    ]);
    expect(dated.code).toBe(0);
    expect(dated.stdout.toString('utf8')).toContain(
      'as saved in version “Agreed at the board” (20 May 2025), as the structure stands on 1 June 2025',
    );

    // What it refuses: [document, options, exit code, words on stderr].
    const refusals: Array<[string, string[], number, string]> = [
      [
        'section-75-agreement',
        ['--body', 'icb-west-yorkshire'],
        1,
        'NHS West Yorkshire Integrated Care Board is an integrated care board',
      ],
      ['minutes', ['--body', 'x'], 2, 'there is no document "minutes"'],
      ['terms-of-reference', [], 2, '--body <id>'],
      [
        'section-75-agreement',
        ['--body', 'fund-leeds-bcf', '--as-at', '2026-06-01'],
        1,
        'is not in force on 1 June 2026',
      ],
      ['terms-of-reference', ['--body', 'x', '--as-at', 'soon'], 2, '--as-at must be a date'],
      [
        'terms-of-reference',
        ['--body', 'x', '--version', String(version.id + 7)],
        1,
        `has no version ${version.id + 7}`,
      ],
    ];
    for (const [kind, options, code, words] of refusals) {
      const refused = await docs(kind, options);
      expect(refused.code, `${kind} ${options.join(' ')}`).toBe(code);
      expect(refused.stderr).toContain(words);
    }
  }, 180_000);
});
