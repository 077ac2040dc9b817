import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readMap } from '../readMap.ts';
import { CURRENT_SCHEMA_VERSION, migrateDoc, schemaVersionOf } from './index.ts';

describe('a map written at document schema 1', () => {
  it('opens, migrates and reads without losing or invalidating anything', () => {
    const doc = new Y.Doc();
    const bytes = readFileSync(
      new URL('../../../test/fixtures/map-schema-v1.bin', import.meta.url),
    );
    Y.applyUpdate(doc, new Uint8Array(bytes));
    expect(schemaVersionOf(doc)).toBe(1);
    migrateDoc(doc);
    expect(schemaVersionOf(doc)).toBe(CURRENT_SCHEMA_VERSION);
    const map = readMap(doc);
    expect(map.title).toBe('Leeds workshop (schema 1)');
    expect(map.invalid).toEqual([]);
    expect(map.fieldProblems).toEqual([]);
    expect(map.nodes.map((n) => [n.kind, n.label]).sort()).toEqual(
      [
        ['icb', 'West Yorkshire ICB'],
        ['local-authority', 'Leeds City Council'],
        ['nhs-trust', 'Leeds Teaching Hospitals'],
        ['pcn', 'Central PCN'],
        ['vcse', 'Voluntary Action Leeds'],
      ].sort(),
    );
    expect(map.edges.map((e) => [e.source, e.kind, e.target]).sort()).toEqual([
      ['la-leeds-council', 'accountable-to', 'icb-west-yorkshire'],
      ['trust-leeds-teaching', 'accountable-to', 'icb-west-yorkshire'],
    ]);
  });
});
