import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initMap } from '../initMap.ts';
import { mapDoc } from '../layout.ts';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS, migrateDoc, schemaVersionOf } from './index.ts';

describe('migrations', () => {
  it('are numbered one after another from version 1', () => {
    MIGRATIONS.forEach((migration, index) => {
      expect(migration.from).toBe(index + 1);
      expect(migration.name).not.toBe('');
    });
    expect(CURRENT_SCHEMA_VERSION).toBe(MIGRATIONS.length + 1);
  });

  it('bring a version-1 doc up to the current version, and leave a current doc alone', () => {
    const old = new Y.Doc();
    mapDoc(old).meta.set('title', 'Old map');
    expect(schemaVersionOf(old)).toBe(1);
    expect(migrateDoc(old)).toEqual(MIGRATIONS.map((m) => m.name));
    expect(schemaVersionOf(old)).toBe(CURRENT_SCHEMA_VERSION);

    const current = new Y.Doc();
    initMap(current, { title: 'New', createdAt: '2026-11-23T00:00:00.000Z' });
    expect(migrateDoc(current)).toEqual([]);
  });

  it('leave a doc from newer code alone', () => {
    const newer = new Y.Doc();
    mapDoc(newer).meta.set('schemaVersion', CURRENT_SCHEMA_VERSION + 5);
    expect(migrateDoc(newer)).toEqual([]);
    expect(schemaVersionOf(newer)).toBe(CURRENT_SCHEMA_VERSION + 5);
  });
});
