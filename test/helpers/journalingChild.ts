/**
 * A serving process's store, in a process of its own for a test to kill: opens the SQLite
 * store in DATA_DIR with its journal, inserting nothing into the database for an hour, creates
 * the test map, appends one update per key in KEYS (setting it to its index in the map 'm'),
 * prints "appended" and waits to be killed.
 */
import * as Y from 'yjs';
import { openSqliteStore } from '../../server/store/sqliteStore.ts';
import { testMap } from './docStoreContract.ts';

const dataDir = process.env.DATA_DIR ?? '';
const keys = (process.env.KEYS ?? '').split(',');
const store = openSqliteStore(dataDir, { journal: true, journalFlushMs: 3_600_000 });
const doc = new Y.Doc();
await store.createMap(testMap, Y.encodeStateAsUpdate(doc));
for (const [index, key] of keys.entries()) {
  const before = Y.encodeStateVector(doc);
  doc.getMap('m').set(key, index);
  await store.appendUpdates(testMap.id, [Y.encodeStateAsUpdate(doc, before)]);
}
process.stdout.write('appended\n');
setInterval(() => {}, 60_000);
