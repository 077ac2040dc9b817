import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocStore, MapRecord } from '../../server/store/DocStore.ts';
import type { VersionStore } from '../../server/store/VersionStore.ts';

/** A store under test, and how to open it again on the same data. */
export interface StoreFixture {
  open(): Promise<DocStore & VersionStore>;
  /** Removes the data; called once after each test, every store closed. */
  cleanUp(): Promise<void>;
}

/** A map row as the tests create it. */
export const testMap: MapRecord = {
  id: 'map_0000001',
  title: 'Leeds place partnership',
  createdAt: '2025-01-02T03:04:05.000Z',
  tokenHashes: { owner: 'a'.repeat(64), editor: 'b'.repeat(64), viewer: 'c'.repeat(64) },
  generations: { owner: 0, editor: 0, viewer: 0 },
};

/** A doc with a top-level map 'm' holding the entries. */
export function docWith(entries: Record<string, number>): Y.Doc {
  const doc = new Y.Doc();
  for (const [key, value] of Object.entries(entries)) doc.getMap('m').set(key, value);
  return doc;
}

/** The 'm' map of a stored doc. */
export async function loadedEntries(
  store: DocStore,
  mapId: string,
): Promise<Record<string, unknown>> {
  const doc = new Y.Doc();
  for (const part of await store.loadDoc(mapId)) Y.applyUpdate(doc, part);
  return doc.getMap('m').toJSON();
}

/**
 * What every DocStore promises, run against one implementation: the SQLite file and
 * PostgreSQL must behave the same behind the interface.
 */
export function describeDocStore(name: string, makeFixture: () => Promise<StoreFixture>): void {
  describe(`${name}: the document store`, () => {
    const map = testMap;
    let fixture: StoreFixture;
    let store: DocStore & VersionStore;
    const open: (DocStore & VersionStore)[] = [];

    async function reopen(): Promise<void> {
      await store.close();
      store = await fixture.open();
      open.push(store);
    }

    beforeEach(async () => {
      fixture = await makeFixture();
      store = await fixture.open();
      open.push(store);
    });

    afterEach(async () => {
      for (const each of open.splice(0)) await each.close();
      await fixture.cleanUp();
    });

    it('keeps a map row with its token hashes and its first state', async () => {
      await store.createMap(map, Y.encodeStateAsUpdate(docWith({ a: 1 })));
      expect(await store.getMap(map.id)).toEqual(map);
      expect(await store.getMap('nosuchmap')).toBeUndefined();
      expect(await loadedEntries(store, map.id)).toEqual({ a: 1 });
      expect(await store.pendingUpdateCount(map.id)).toBe(0);
    });

    it('refuses a second map with the same id', async () => {
      await store.createMap(map, new Uint8Array([0, 0]));
      await expect(store.createMap(map, new Uint8Array([0, 0]))).rejects.toThrow();
    });

    it("rotates one role's token durably, leaving the others", async () => {
      await store.createMap(map, new Uint8Array([0, 0]));
      await store.rotateToken(map.id, 'viewer', 1, 'd'.repeat(64));
      await reopen();
      expect(await store.getMap(map.id)).toEqual({
        ...map,
        tokenHashes: { ...map.tokenHashes, viewer: 'd'.repeat(64) },
        generations: { owner: 0, editor: 0, viewer: 1 },
      });
      await expect(store.rotateToken('nosuchmap', 'viewer', 1, 'e'.repeat(64))).rejects.toThrow();
    });

    it('loads the snapshot then the appended updates, in order', async () => {
      const doc = docWith({ a: 1 });
      await store.createMap(map, Y.encodeStateAsUpdate(doc));
      const updates: Uint8Array[] = [];
      doc.on('update', (update: Uint8Array) => updates.push(update));
      doc.getMap('m').set('b', 2);
      doc.getMap('m').set('a', 3);
      await store.appendUpdates(map.id, updates.slice(0, 1));
      await store.appendUpdates(map.id, updates.slice(1));
      const parts = await store.loadDoc(map.id);
      expect(parts).toHaveLength(3);
      expect(parts.every((part) => part instanceof Uint8Array)).toBe(true);
      expect(await loadedEntries(store, map.id)).toEqual({ a: 3, b: 2 });
    });

    it("appends a tick's updates together, in order", async () => {
      const doc = docWith({});
      await store.createMap(map, Y.encodeStateAsUpdate(doc));
      const updates: Uint8Array[] = [];
      doc.on('update', (update: Uint8Array) => updates.push(update));
      for (let i = 0; i < 20; i++) doc.getMap('m').set('k', i);
      await store.appendUpdates(map.id, updates);
      await store.appendUpdates(map.id, []);
      expect(await store.pendingUpdateCount(map.id)).toBe(20);
      expect(await loadedEntries(store, map.id)).toEqual({ k: 19 });
    });

    it('compacts the log into one snapshot without losing anything', async () => {
      const doc = docWith({ a: 1 });
      await store.createMap(map, Y.encodeStateAsUpdate(doc));
      const updates: Uint8Array[] = [];
      doc.on('update', (update: Uint8Array) => updates.push(update));
      for (let i = 0; i < 10; i++) doc.getMap('m').set(`k${i}`, i);
      await store.appendUpdates(map.id, updates.splice(0));
      expect(await store.pendingUpdateCount(map.id)).toBe(10);
      await store.compact(map.id, () => Y.encodeStateAsUpdate(doc));
      expect(await store.pendingUpdateCount(map.id)).toBe(0);
      expect(await store.loadDoc(map.id)).toHaveLength(1);
      expect(await loadedEntries(store, map.id)).toEqual(doc.getMap('m').toJSON());
      doc.getMap('m').set('after', 1);
      await store.appendUpdates(map.id, updates.splice(0));
      expect(await loadedEntries(store, map.id)).toMatchObject({ after: 1, k9: 9 });
    });

    it("keeps the title a compaction brings in the map's row, and the created one without", async () => {
      await store.createMap(map, Y.encodeStateAsUpdate(docWith({ a: 1 })));
      await store.compact(map.id, () => Y.encodeStateAsUpdate(docWith({ a: 2 })));
      expect((await store.getMap(map.id))?.title).toBe(map.title);
      await store.compact(map.id, () => Y.encodeStateAsUpdate(docWith({ a: 3 })), 'Leeds place');
      expect((await store.getMap(map.id))?.title).toBe('Leeds place');
      await reopen();
      expect((await store.getMap(map.id))?.title).toBe('Leeds place');
    });

    it("writes a new title into the map's row, kept across a reopen", async () => {
      await store.createMap(map, Y.encodeStateAsUpdate(docWith({ a: 1 })));
      await store.setTitle(map.id, 'Riverton place');
      expect((await store.getMap(map.id))?.title).toBe('Riverton place');
      await reopen();
      expect((await store.getMap(map.id))?.title).toBe('Riverton place');
    });

    it('keeps each map to itself', async () => {
      await store.createMap(map, Y.encodeStateAsUpdate(docWith({ a: 1 })));
      await store.createMap(
        { ...map, id: 'map_0000002' },
        Y.encodeStateAsUpdate(docWith({ z: 9 })),
      );
      await store.compact(map.id, () => Y.encodeStateAsUpdate(docWith({ a: 2 })));
      expect(await loadedEntries(store, 'map_0000002')).toEqual({ z: 9 });
    });

    it('survives a reopen', async () => {
      await store.createMap(map, Y.encodeStateAsUpdate(docWith({ a: 1 })));
      await store.appendUpdates(map.id, [Y.encodeStateAsUpdate(docWith({ b: 2 }))]);
      await reopen();
      expect((await store.getMap(map.id))?.title).toBe(map.title);
      expect(await loadedEntries(store, map.id)).toMatchObject({ b: 2 });
    });

    it('keeps named versions of a map, durably and apart from other maps', async () => {
      await store.createMap(map, Y.encodeStateAsUpdate(docWith({ a: 1 })));
      await store.createMap({ ...map, id: 'map_0000002' }, new Uint8Array([0, 0]));
      const first = await store.saveVersion(
        map.id,
        'After workshop 1',
        '2025-02-01T10:00:00.000Z',
        Y.encodeStateAsUpdate(docWith({ a: 1 })),
      );
      const second = await store.saveVersion(
        map.id,
        'After workshop 2',
        '2025-03-01T10:00:00.000Z',
        Y.encodeStateAsUpdate(docWith({ a: 2 })),
      );
      const automatic = await store.saveVersion(
        map.id,
        'End of a session of editing',
        '2025-03-01T12:00:00.000Z',
        Y.encodeStateAsUpdate(docWith({ a: 3 })),
        'auto',
      );
      expect(first).toEqual({
        id: first.id,
        name: 'After workshop 1',
        kind: 'named',
        createdAt: '2025-02-01T10:00:00.000Z',
      });
      expect(automatic.kind).toBe('auto');
      expect(second.id).not.toBe(first.id);
      await reopen();
      expect(await store.listVersions(map.id)).toEqual([first, second, automatic]);
      expect(await store.listVersions('map_0000002')).toEqual([]);
      const found = await store.getVersion(map.id, second.id);
      expect(found).toMatchObject(second);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, found?.state ?? new Uint8Array());
      expect(doc.getMap('m').toJSON()).toEqual({ a: 2 });
      expect(await store.getVersion('map_0000002', second.id)).toBeUndefined();
      expect(await store.getVersion(map.id, 9999)).toBeUndefined();
    });
  });
}
