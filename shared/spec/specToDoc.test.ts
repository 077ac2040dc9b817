import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { relationshipFits } from '../model/relationshipRules.ts';
import { initMap } from '../ydoc/initMap.ts';
import { mapDoc } from '../ydoc/layout.ts';
import { readMap } from '../ydoc/readMap.ts';
import { buildSpec } from './buildSpec.ts';
import { parseSpec } from './parseSpec.ts';
import type { GovernanceSpec } from './specSchema.ts';
import { specToDoc } from './specToDoc.ts';

const FIXTURE = 'test/fixtures/ics-west-yorkshire.spec.json';

function fixture(): GovernanceSpec {
  const parsed = parseSpec(JSON.parse(readFileSync(FIXTURE, 'utf8')));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.spec;
}

function exportAll(doc: Y.Doc, spec: GovernanceSpec): GovernanceSpec {
  return buildSpec(readMap(doc), {
    mapId: 'map-round-trip',
    exportedAt: '2030-01-01T00:00:00.000Z',
    includes: 'all',
    ...(spec.map.description ? { description: spec.map.description } : {}),
  }).spec;
}

describe('the West Yorkshire fixture', () => {
  it('is a valid spec, sorted by id, with every element agreed and every end fitting', () => {
    const spec = fixture();
    expect(spec.footprints.length).toBeGreaterThanOrEqual(5);
    expect(spec.bodies.filter((b) => b.kind === 'nhs-trust').length).toBeGreaterThanOrEqual(10);
    for (const list of [spec.footprints, spec.bodies, spec.relationships]) {
      const ids = list.map((element) => element.id);
      expect(ids).toEqual([...ids].sort());
    }
    expect([...spec.bodies, ...spec.relationships].every((e) => e.status === 'agreed')).toBe(true);
    const kinds = new Map(spec.bodies.map((b) => [b.id, b.kind]));
    for (const r of spec.relationships) {
      const fit = relationshipFits(
        r.kind,
        kinds.get(r.from) ?? 'footprint',
        kinds.get(r.to) ?? 'footprint',
      );
      expect({ id: r.id, fit }).toEqual({ id: r.id, fit: { ok: true } });
    }
  });
});

describe('specToDoc', () => {
  it('round-trips the fixture: exporting the imported map gives the spec back', () => {
    const spec = fixture();
    const doc = new Y.Doc();
    specToDoc(spec, doc, { createdAt: '2026-01-01T00:00:00.000Z' });
    const map = readMap(doc);
    expect(map.invalid).toEqual([]);
    expect(map.fieldProblems).toEqual([]);
    const back = exportAll(doc, spec);
    expect({
      ...back,
      map: { ...back.map, id: spec.map.id, exportedAt: spec.map.exportedAt },
    }).toEqual(spec);
  });

  it('keeps proposed and disputed statuses and relationship labels', () => {
    const spec = fixture();
    const body = spec.bodies[0];
    const relationship = spec.relationships.find((r) => r.label);
    if (!body || !relationship) throw new Error('fixture too small');
    body.status = 'disputed';
    relationship.status = 'proposed';
    const doc = new Y.Doc();
    specToDoc(spec, doc);
    const back = exportAll(doc, spec);
    expect(back.bodies[0]?.status).toBe('disputed');
    expect(back.relationships.find((r) => r.id === relationship.id)).toEqual(relationship);
  });

  it('writes each value once, as the spec has it: the doc holds no deleted items', () => {
    const spec = fixture();
    const [disputed, dated, proposed] = spec.bodies;
    const relationship = spec.relationships[0];
    if (!disputed || !dated || !proposed || !relationship) throw new Error('fixture too small');
    disputed.status = 'disputed';
    dated.agreedAt = '2026-03-01T09:30:00.000Z';
    dated.tally = { agree: 7, disagree: 1, abstain: 2 };
    proposed.status = 'proposed';
    relationship.status = 'proposed';
    const doc = new Y.Doc();
    specToDoc(spec, doc, { createdAt: '2026-01-01T00:00:00.000Z' });
    const { structs, ds } = Y.decodeUpdate(Y.encodeStateAsUpdate(doc));
    expect(ds.clients.size).toBe(0);
    expect(structs.filter((struct) => struct.deleted)).toEqual([]);
    const back = exportAll(doc, spec);
    expect(back.bodies.find((b) => b.id === disputed.id)?.status).toBe('disputed');
    expect(back.bodies.find((b) => b.id === dated.id)).toMatchObject({
      status: 'agreed',
      agreedAt: dated.agreedAt,
      tally: dated.tally,
    });
    const undated = back.bodies.find((b) => b.id === proposed.id);
    expect(undated?.status).toBe('proposed');
    expect(undated?.agreedAt).toBeUndefined();
    expect(back.relationships.find((r) => r.id === relationship.id)?.status).toBe('proposed');
  });

  it('writes in one transaction with the given origin: one undo step', () => {
    const doc = new Y.Doc();
    const origin = { kind: 'local', participantId: 'importer' };
    const undo = new Y.UndoManager([mapDoc(doc).nodes, mapDoc(doc).edges], {
      trackedOrigins: new Set([origin]),
    });
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    specToDoc(fixture(), doc, { origin });
    expect(transactions).toBe(1);
    expect(undo.undoStack).toHaveLength(1);
    undo.destroy();
  });

  it('nests bodies in their footprints on a grid, or where it is told', () => {
    const spec = fixture();
    const doc = new Y.Doc();
    specToDoc(spec, doc, {
      positions: new Map([['icb-west-yorkshire', { x: 5, y: 7 }]]),
      sizes: new Map([['fp-west-yorkshire', { w: 3000, h: 2000 }]]),
    });
    const nodes = new Map(readMap(doc).nodes.map((n) => [n.id, n]));
    expect(nodes.get('icb-west-yorkshire')).toMatchObject({
      position: { x: 5, y: 7 },
      parentId: 'fp-west-yorkshire',
    });
    expect(nodes.get('fp-west-yorkshire')?.size).toEqual({ w: 3000, h: 2000 });
    const leeds = nodes.get('fp-place-leeds');
    expect(leeds?.parentId).toBe('fp-west-yorkshire');
    expect(leeds?.size?.w).toBeGreaterThan(0);
    // Bodies in one footprint do not sit on top of each other.
    const inLeeds = [...nodes.values()].filter((n) => n.parentId === 'fp-place-leeds');
    const spots = new Set(inLeeds.map((n) => `${n.position.x},${n.position.y}`));
    expect(spots.size).toBe(inLeeds.length);
  });

  it('keeps the meta a new map already has, and refuses a map that has elements', () => {
    const doc = new Y.Doc();
    initMap(doc, { title: 'Imported', createdAt: '2026-03-01T00:00:00.000Z' });
    specToDoc(fixture(), doc);
    expect(readMap(doc).title).toBe('Imported');
    expect(() => specToDoc(fixture(), doc)).toThrow(/empty map/);
  });
});
