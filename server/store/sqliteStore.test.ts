import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { MapRecord } from './DocStore.ts';
import { databasePath, openSqliteStore, type SqliteStore } from './sqliteStore.ts';

let dir: string;
let store: SqliteStore;

const map: MapRecord = {
  id: 'map_0000001',
  title: 'Leeds place partnership',
  createdAt: '2025-01-02T03:04:05.000Z',
  tokenHashes: { owner: 'a'.repeat(64), editor: 'b'.repeat(64), viewer: 'c'.repeat(64) },
  generations: { owner: 0, editor: 0, viewer: 0 },
};

function docWith(entries: Record<string, number>): Y.Doc {
  const doc = new Y.Doc();
  for (const [key, value] of Object.entries(entries)) doc.getMap('m').set(key, value);
  return doc;
}

async function loaded(mapId: string): Promise<Record<string, unknown>> {
  const doc = new Y.Doc();
  for (const part of await store.loadDoc(mapId)) Y.applyUpdate(doc, part);
  return doc.getMap('m').toJSON();
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'accord-store-'));
  // A directory that does not exist yet: the store creates it.
  store = openSqliteStore(path.join(dir, 'nested', 'data'));
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the SQLite store', () => {
  it('keeps a map row with its token hashes and its first state', async () => {
    store.createMap(map, Y.encodeStateAsUpdate(docWith({ a: 1 })));
    expect(store.getMap(map.id)).toEqual(map);
    expect(store.getMap('nosuchmap')).toBeUndefined();
    expect(await loaded(map.id)).toEqual({ a: 1 });
    expect(store.pendingUpdateCount(map.id)).toBe(0);
  });

  it("rotates one role's token durably, leaving the others", () => {
    store.createMap(map, new Uint8Array([0, 0]));
    store.rotateToken(map.id, 'viewer', 1, 'd'.repeat(64));
    store.close();
    store = openSqliteStore(path.join(dir, 'nested', 'data'));
    expect(store.getMap(map.id)).toEqual({
      ...map,
      tokenHashes: { ...map.tokenHashes, viewer: 'd'.repeat(64) },
      generations: { owner: 0, editor: 0, viewer: 1 },
    });
    expect(() => store.rotateToken('nosuchmap', 'viewer', 1, 'e'.repeat(64))).toThrow();
  });

  it('upgrades a database of the first schema, keeping its maps and their tokens', () => {
    store.close();
    const oldDir = path.join(dir, 'old');
    store = openSqliteStore(oldDir);
    store.close();
    // Wind the file back to schema 1, as the first release left it, with one map in it.
    const db = new Database(databasePath(oldDir));
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
    store = openSqliteStore(oldDir);
    expect(store.getMap(map.id)).toEqual(map);
  });

  it('refuses a second map with the same id', () => {
    store.createMap(map, new Uint8Array([0, 0]));
    expect(() => store.createMap(map, new Uint8Array([0, 0]))).toThrow();
  });

  it('loads the snapshot then the appended updates, in order', async () => {
    const doc = docWith({ a: 1 });
    store.createMap(map, Y.encodeStateAsUpdate(doc));
    doc.on('update', (update: Uint8Array) => store.appendUpdate(map.id, update));
    doc.getMap('m').set('b', 2);
    doc.getMap('m').set('a', 3);
    const parts = await store.loadDoc(map.id);
    expect(parts).toHaveLength(3);
    expect(parts.every((part) => part instanceof Uint8Array)).toBe(true);
    expect(await loaded(map.id)).toEqual({ a: 3, b: 2 });
  });

  it('returns increasing sequence numbers for appended updates', () => {
    store.createMap(map, new Uint8Array([0, 0]));
    const first = store.appendUpdate(map.id, new Uint8Array([1]));
    const second = store.appendUpdate(map.id, new Uint8Array([2]));
    expect(second).toBeGreaterThan(first);
  });

  it('compacts the log into one snapshot without losing anything', async () => {
    const doc = docWith({ a: 1 });
    store.createMap(map, Y.encodeStateAsUpdate(doc));
    doc.on('update', (update: Uint8Array) => store.appendUpdate(map.id, update));
    for (let i = 0; i < 10; i++) doc.getMap('m').set(`k${i}`, i);
    expect(store.pendingUpdateCount(map.id)).toBe(10);
    store.compact(map.id, Y.encodeStateAsUpdate(doc));
    expect(store.pendingUpdateCount(map.id)).toBe(0);
    expect(await store.loadDoc(map.id)).toHaveLength(1);
    expect(await loaded(map.id)).toEqual(doc.getMap('m').toJSON());
    doc.getMap('m').set('after', 1);
    expect(await loaded(map.id)).toMatchObject({ after: 1, k9: 9 });
  });

  it('keeps each map to itself', async () => {
    store.createMap(map, Y.encodeStateAsUpdate(docWith({ a: 1 })));
    store.createMap({ ...map, id: 'map_0000002' }, Y.encodeStateAsUpdate(docWith({ z: 9 })));
    store.compact(map.id, Y.encodeStateAsUpdate(docWith({ a: 2 })));
    expect(await loaded('map_0000002')).toEqual({ z: 9 });
  });

  it('survives a reopen of the same data directory', async () => {
    store.createMap(map, Y.encodeStateAsUpdate(docWith({ a: 1 })));
    store.appendUpdate(map.id, Y.encodeStateAsUpdate(docWith({ b: 2 })));
    store.close();
    store = openSqliteStore(path.join(dir, 'nested', 'data'));
    expect(store.getMap(map.id)?.title).toBe(map.title);
    expect(await loaded(map.id)).toMatchObject({ b: 2 });
  });

  it('keeps named versions of a map, durably and apart from other maps', async () => {
    store.createMap(map, Y.encodeStateAsUpdate(docWith({ a: 1 })));
    store.createMap({ ...map, id: 'map_0000002' }, new Uint8Array([0, 0]));
    const first = store.saveVersion(
      map.id,
      'After workshop 1',
      '2025-02-01T10:00:00.000Z',
      Y.encodeStateAsUpdate(docWith({ a: 1 })),
    );
    const second = store.saveVersion(
      map.id,
      'After workshop 2',
      '2025-03-01T10:00:00.000Z',
      Y.encodeStateAsUpdate(docWith({ a: 2 })),
    );
    expect(first).toEqual({
      id: first.id,
      name: 'After workshop 1',
      createdAt: '2025-02-01T10:00:00.000Z',
    });
    expect(second.id).not.toBe(first.id);
    store.close();
    store = openSqliteStore(path.join(dir, 'nested', 'data'));
    expect(store.listVersions(map.id)).toEqual([first, second]);
    expect(store.listVersions('map_0000002')).toEqual([]);
    const found = store.getVersion(map.id, second.id);
    expect(found).toMatchObject(second);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, found?.state ?? new Uint8Array());
    expect(doc.getMap('m').toJSON()).toEqual({ a: 2 });
    expect(store.getVersion('map_0000002', second.id)).toBeUndefined();
    expect(store.getVersion(map.id, 9999)).toBeUndefined();
  });
});
