import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  describeDocStore,
  docWith,
  loadedEntries,
  testMap,
} from '../../test/helpers/docStoreContract.ts';
import {
  createTestDatabase,
  pgUnavailable,
  type TestDatabase,
} from '../../test/helpers/pgDatabase.ts';
import { silentLogger } from '../log.ts';
import { PG_SCHEMA_VERSION } from './pgSchema.ts';
import { openPgStore, type PgStore } from './pgStore.ts';

const unavailable = await pgUnavailable();

if (unavailable) {
  describe('the PostgreSQL store', () => {
    it.skip(`is not tested: ${unavailable}`, () => {});
  });
} else {
  describeDocStore('PostgreSQL', async () => {
    const database = await createTestDatabase();
    return {
      open: () => openPgStore(database.url, silentLogger),
      cleanUp: () => database.drop(),
    };
  });

  describe('the PostgreSQL store shared by several processes', () => {
    let database: TestDatabase;
    const stores: PgStore[] = [];

    async function open(): Promise<PgStore> {
      const store = await openPgStore(database.url, silentLogger);
      stores.push(store);
      return store;
    }

    beforeEach(async () => {
      database = await createTestDatabase();
    });

    afterEach(async () => {
      for (const store of stores.splice(0)) await store.close();
      await database.drop();
    });

    it('migrates once when processes start together, and refuses a newer schema', async () => {
      const [a, b, c] = await Promise.all([open(), open(), open()]);
      await a?.createMap(testMap, new Uint8Array([0, 0]));
      expect(await b?.getMap(testMap.id)).toEqual(testMap);
      expect(await c?.getMap(testMap.id)).toEqual(testMap);
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      await client.query('UPDATE accord_schema SET version = $1', [PG_SCHEMA_VERSION + 1]);
      await client.end();
      await expect(openPgStore(database.url, silentLogger)).rejects.toThrow(/newer Accord/);
    });

    it('gives every process the same secret', async () => {
      const [a, b] = await Promise.all([open(), open()]);
      const [first, second] = await Promise.all([a?.loadSecret(), b?.loadSecret()]);
      expect(first?.length).toBe(32);
      expect(second).toEqual(first);
    });

    it('keeps every update appended while other processes compact', async () => {
      const writer = await open();
      const compactors = [await open(), await open()];
      await writer.createMap(testMap, Y.encodeStateAsUpdate(docWith({})));
      // Each process compacts from a live doc that lacks the others' latest updates.
      const source = new Y.Doc();
      const updates: Uint8Array[] = [];
      source.on('update', (update: Uint8Array) => updates.push(update));
      const appends: Promise<void>[] = [];
      const compactions: Promise<void>[] = [];
      for (let i = 0; i < 200; i++) {
        source.getMap('m').set(`k${i}`, i);
        appends.push(writer.appendUpdates(testMap.id, updates.splice(0)));
        if (i % 20 === 0) {
          const stale = Y.encodeStateAsUpdate(docWith({ stale: i }));
          for (const compactor of compactors)
            compactions.push(compactor.compact(testMap.id, () => stale));
        }
      }
      await Promise.all([...appends, ...compactions]);
      const stored = await loadedEntries(writer, testMap.id);
      for (let i = 0; i < 200; i++) expect(stored[`k${i}`]).toBe(i);
      await compactors[0]?.compact(testMap.id, () => new Uint8Array([0, 0]));
      expect(await writer.pendingUpdateCount(testMap.id)).toBe(0);
      expect(await loadedEntries(writer, testMap.id)).toMatchObject({ k199: 199 });
    });
  });
}
