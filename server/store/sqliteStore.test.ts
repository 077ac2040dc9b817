import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  describeDocStore,
  docWith,
  loadedEntries,
  testMap,
} from '../../test/helpers/docStoreContract.ts';
import { databasePath, openSqliteStore } from './sqliteStore.ts';

describeDocStore('SQLite', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'accord-store-'));
  return {
    // A directory that does not exist yet: the store creates it.
    open: async () => openSqliteStore(path.join(dir, 'nested', 'data')),
    cleanUp: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

describeDocStore('SQLite with its journal', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'accord-store-'));
  return {
    open: async () => openSqliteStore(dir, { journal: true }),
    cleanUp: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

describe('the SQLite schema', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('upgrades a database of the first schema, keeping its maps and their tokens', async () => {
    const map = testMap;
    const dir = mkdtempSync(path.join(tmpdir(), 'accord-store-'));
    dirs.push(dir);
    await openSqliteStore(dir).close();
    // Wind the file back to schema 1, as the first release left it, with one map in it.
    const db = new Database(databasePath(dir));
    db.exec(`DROP TABLE maps; DROP TABLE updates; DROP TABLE snapshots; DROP TABLE versions;`);
    db.exec(`CREATE TABLE maps (id TEXT PRIMARY KEY, title TEXT NOT NULL, created_at TEXT NOT NULL,
      owner_hash TEXT NOT NULL, editor_hash TEXT NOT NULL, viewer_hash TEXT NOT NULL) STRICT;
      CREATE TABLE updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, map_id TEXT NOT NULL
        REFERENCES maps(id) ON DELETE CASCADE, data BLOB NOT NULL) STRICT;
      CREATE TABLE snapshots (map_id TEXT PRIMARY KEY REFERENCES maps(id) ON DELETE CASCADE,
        data BLOB NOT NULL, updated_at TEXT NOT NULL) STRICT;
      CREATE TABLE versions (id INTEGER PRIMARY KEY AUTOINCREMENT, map_id TEXT NOT NULL
        REFERENCES maps(id) ON DELETE CASCADE, name TEXT NOT NULL, created_at TEXT NOT NULL,
        data BLOB NOT NULL) STRICT;`);
    db.prepare('INSERT INTO maps VALUES (?, ?, ?, ?, ?, ?)').run(
      map.id,
      map.title,
      map.createdAt,
      map.tokenHashes.owner,
      map.tokenHashes.editor,
      map.tokenHashes.viewer,
    );
    db.pragma('user_version = 1');
    db.close();
    const store = openSqliteStore(dir);
    expect(await store.getMap(map.id)).toEqual(map);
    await store.close();
  });

  it('keeps the update log, in order, when it loses AUTOINCREMENT, and appends after it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'accord-store-'));
    dirs.push(dir);
    const before = openSqliteStore(dir);
    await before.createMap(testMap, Y.encodeStateAsUpdate(docWith({ a: 1 })));
    await before.close();
    const writer = new Y.Doc();
    const updates: Uint8Array[] = [];
    writer.on('update', (update: Uint8Array) => updates.push(update));
    for (const value of [1, 2, 3]) writer.getMap('m').set('b', value);
    // Wind the log back to schema 3's, holding those three.
    const db = new Database(databasePath(dir));
    db.exec(`DROP TABLE updates;
      CREATE TABLE updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, map_id TEXT NOT NULL
        REFERENCES maps(id) ON DELETE CASCADE, data BLOB NOT NULL) STRICT;
      CREATE INDEX updates_by_map ON updates(map_id, seq);`);
    const insert = db.prepare('INSERT INTO updates (seq, map_id, data) VALUES (?, ?, ?)');
    for (const [i, update] of updates.entries()) insert.run(10 + i, testMap.id, update);
    db.pragma('user_version = 3');
    db.close();

    const store = openSqliteStore(dir);
    writer.getMap('m').set('b', 4);
    await store.appendUpdates(testMap.id, [updates[3] as Uint8Array]);
    expect(await loadedEntries(store, testMap.id)).toEqual({ a: 1, b: 4 });
    await store.close();
    const check = new Database(databasePath(dir));
    const rows = check.prepare('SELECT seq, data FROM updates ORDER BY seq').all() as {
      seq: number;
      data: Buffer;
    }[];
    const table = check.prepare("SELECT sql FROM sqlite_master WHERE name = 'updates'").get() as {
      sql: string;
    };
    check.close();
    expect(rows.map((row) => row.seq)).toEqual([10, 11, 12, 13]);
    expect(rows.map((row) => [...row.data])).toEqual(updates.map((update) => [...update]));
    expect(table.sql).not.toMatch(/AUTOINCREMENT/);
  });
});
