import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docWith, testMap } from '../../test/helpers/docStoreContract.ts';
import { waitFor } from '../../test/helpers/startServer.ts';
import { databasePath, openSqliteStore } from './sqliteStore.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'accord-wal-'));
  dirs.push(dir);
  return dir;
}

/** How many updates the database file holds by itself, as if its WAL were lost. */
function updatesInFileAlone(dataDir: string): number {
  const copy = path.join(tempDir(), 'alone.db');
  copyFileSync(databasePath(dataDir), copy);
  const db = new Database(copy, { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM updates').get() as { n: number }).n;
  } catch {
    // Not even the schema is in the file yet.
    return 0;
  } finally {
    db.close();
  }
}

describe("the SQLite store's checkpoints", () => {
  it('bring what is stored into the database file itself soon after, without a close', async () => {
    const dir = tempDir();
    const store = openSqliteStore(dir);
    await store.createMap(testMap, Y.encodeStateAsUpdate(docWith({ a: 1 })));
    const update = Y.encodeStateAsUpdate(docWith({ b: 2 }));
    await store.appendUpdates(testMap.id, [update]);
    // Committed to the WAL at once; in the file (synced to disk) by the next checkpoint.
    await waitFor(() => updatesInFileAlone(dir) === 1, 10_000, 'a checkpoint');
    await store.appendUpdates(testMap.id, [update, update]);
    await waitFor(() => updatesInFileAlone(dir) === 3, 10_000, 'a second checkpoint');
    await store.close();
    // The last connection gone, the WAL is folded in and removed.
    expect(existsSync(`${databasePath(dir)}-wal`)).toBe(false);
    expect(updatesInFileAlone(dir)).toBe(3);
  });
});
