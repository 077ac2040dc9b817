import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { docWith, testMap } from '../../../test/helpers/docStoreContract.ts';
import { createTestDatabase, pgUnavailable } from '../../../test/helpers/pgDatabase.ts';
import { redisUnavailable } from '../../../test/helpers/privateServices.ts';
import { silentLogger } from '../../log.ts';
import type { DocStore } from '../../store/DocStore.ts';
import { openPgStore } from '../../store/pgStore.ts';
import { ClientIds } from '../guard/ClientIds.ts';
import { Participants } from '../guard/Participants.ts';
import type { Relay } from './Relay.ts';
import { RoomRelay } from './RoomRelay.ts';
import { openRedisRelay } from './redisRelay.ts';

const REDIS_URL = process.env.ACCORD_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const missing = [await pgUnavailable(), await redisUnavailable(REDIS_URL)].filter(Boolean);

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanUp of cleanups.splice(0).reverse()) await cleanUp().catch(() => {});
});

/** A store whose first load waits until `release` is called, and which counts its loads. */
function heldStore(store: DocStore) {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const counted = { loads: 0 };
  const wrapped: DocStore = {
    ...store,
    async loadDoc(mapId) {
      counted.loads++;
      if (counted.loads === 1) await held;
      return store.loadDoc(mapId);
    },
  };
  return { store: wrapped, counted, release };
}

if (missing.length > 0) {
  describe('a room catching up after a gap on the relay', () => {
    it.skip(`is not tested: ${missing.join('; ')}`, () => {});
  });
} else {
  describe('a room catching up after a gap on the relay', () => {
    it('shares one more reload among the asks made during a reload, and misses nothing stored before them, deletions included', async () => {
      const database = await createTestDatabase();
      cleanups.push(() => database.drop());
      const store = await openPgStore(database.url, silentLogger);
      cleanups.push(() => store.close());
      await store.createMap(testMap, Y.encodeStateAsUpdate(docWith({ a: 1 })));
      const relay: Relay = await openRedisRelay({
        url: REDIS_URL,
        prefix: `accord_test_${randomBytes(4).toString('hex')}:`,
        log: silentLogger,
      });
      cleanups.push(() => relay.close());

      const held = heldStore(store);
      const doc = new Y.Doc();
      const roomRelay = new RoomRelay(
        {
          mapId: testMap.id,
          doc,
          awareness: new Awareness(doc),
          clientIds: new ClientIds(doc),
          participants: new Participants(),
          isLive: () => true,
          localAwarenessClients: () => [],
        },
        relay,
        held.store,
        silentLogger,
      );
      cleanups.push(async () => roomRelay.leave());
      await roomRelay.ready;
      roomRelay.start();

      // The process is back from a gap, and while its reload reads the store, the other
      // processes (each back from the same gap) ask it to reload, again and again.
      const first = roomRelay.resync(true);
      const asks = Array.from({ length: 6 }, (_, i) => roomRelay.resync(i % 2 === 0));
      // Stored by another process after the first read began.
      const other = new Y.Doc();
      Y.applyUpdate(other, (await store.loadDoc(testMap.id))[0] as Uint8Array);
      const appended: Uint8Array[] = [];
      other.on('update', (update: Uint8Array) => appended.push(update));
      other.getMap('m').set('b', 2);
      // A deletion alone: an update with no structs, only a delete set.
      other.getMap('m').delete('a');
      await store.appendUpdates(testMap.id, appended);
      held.release();
      await Promise.all([first, ...asks]);

      expect(held.counted.loads).toBe(2);
      expect(doc.getMap('m').toJSON()).toEqual({ b: 2 });
    });
  });
}
