import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { initMap, mapDoc } from '../../shared/ydoc/index.ts';
import { kindOf, payloadOf } from '../../test/helpers/syncFrames.ts';
import type { Role } from '../auth/roles.ts';
import { silentLogger } from '../log.ts';
import type { DocStore } from '../store/DocStore.ts';
import { Connection } from './Connection.ts';
import { syncStep1Message, updateMessage } from './protocol.ts';
import { APPLY_SENT_AHEAD_MS, Room } from './Room.ts';

/** A store whose load finishes only when the test says so. */
function slowStore(initial: Uint8Array[], options: { holdCount?: boolean; atOnce?: boolean } = {}) {
  let finishLoad: () => void = () => {};
  const loadGate = new Promise<void>((resolve) => {
    finishLoad = resolve;
  });
  // With holdCount, the last read of a load (the log's length, after the doc is built) also
  // waits for the test: the room is then still loading with its doc built.
  let finishCount: () => void = () => {};
  const countGate = options.holdCount
    ? new Promise<void>((resolve) => {
        finishCount = resolve;
      })
    : Promise.resolve();
  const appended: Uint8Array[] = [];
  const compactions: Uint8Array[] = [];
  const store: DocStore & { onAppend?: () => void } = {
    createMap: async () => {},
    getMap: async () => undefined,
    setTitle: async () => {},
    rotateToken: async () => {},
    loadDoc: async () => {
      await loadGate;
      return initial;
    },
    async appendUpdates(_mapId, updates) {
      store.onAppend?.();
      appended.push(...updates);
    },
    // As SQLite's journal does: stored before it returns.
    ...(options.atOnce
      ? {
          appendNow(_mapId: string, updates: readonly Uint8Array[]) {
            store.onAppend?.();
            appended.push(...updates);
          },
        }
      : {}),
    compact: async (_mapId, state) => {
      compactions.push(state());
    },
    pendingUpdateCount: async () => {
      await countGate;
      return 0;
    },
    writeProblem: async () => undefined,
    close: async () => {},
  };
  return { store, finishLoad, finishCount, appended, compactions };
}

/** Just enough of a ws socket to record what the room sends. */
function fakeSocket() {
  const socket = {
    OPEN: 1,
    CLOSING: 2,
    CLOSED: 3,
    readyState: 1,
    sent: [] as Uint8Array[],
    closedWith: undefined as number | undefined,
    closedBecause: undefined as string | undefined,
    send(message: Uint8Array) {
      socket.sent.push(message);
    },
    close(code: number, reason?: string) {
      socket.closedWith = code;
      socket.closedBecause = reason;
      socket.readyState = 3;
    },
  };
  return socket;
}

function connection(role: Role, holdsNothing = false) {
  const socket = fakeSocket();
  const conn = new Connection(
    socket as unknown as WebSocket,
    { mapId: 'map_0000001', role, tokenHash: role, holdsNothing },
    silentLogger,
  );
  return { socket, conn };
}

/** Turns of the event loop until `done` holds (at most 100). */
async function settle(done: () => boolean): Promise<void> {
  for (let turn = 0; turn < 100 && !done(); turn++) {
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function initialState(): Uint8Array[] {
  const doc = new Y.Doc();
  initMap(doc, { title: 'Loaded', createdAt: '2025-01-01T00:00:00.000Z' });
  return [Y.encodeStateAsUpdate(doc)];
}

function nodeUpdate(id: string): Uint8Array {
  const doc = new Y.Doc();
  mapDoc(doc).nodes.set(id, new Y.Map());
  return Y.encodeStateAsUpdate(doc);
}

function room(store: DocStore, compactEvery = 100, applySentAheadMs?: number) {
  return new Room({
    mapId: 'map_0000001',
    store,
    log: silentLogger,
    compactEvery,
    onEmpty: () => {},
    applySentAheadMs,
  });
}

/** A room with its doc loaded and a connection added for each named peer, in order. */
async function loadedRoom<Name extends string>(
  roles: Record<Name, Role>,
  compactEvery?: number,
  options: { atOnce?: boolean; applySentAheadMs?: number } = {},
) {
  const slow = slowStore(initialState(), options);
  slow.finishLoad();
  const r = room(slow.store, compactEvery, options.applySentAheadMs);
  const peers = {} as Record<Name, ReturnType<typeof connection>>;
  for (const name of Object.keys(roles) as Name[]) {
    peers[name] = connection(roles[name]);
    r.add(peers[name].conn);
  }
  await r.loaded;
  return { ...slow, r, peers };
}

describe('a room', () => {
  it('says nothing until its doc is loaded, and keeps frames that arrive meanwhile', async () => {
    const { store, finishLoad, appended } = slowStore(initialState());
    const r = room(store);
    const { socket, conn } = connection('editor');
    r.add(conn);
    conn.receive(updateMessage(nodeUpdate('early')));
    await Promise.resolve();
    expect(socket.sent).toEqual([]);

    finishLoad();
    await r.loaded;
    expect(kindOf(socket.sent[0] ?? new Uint8Array())).toEqual([0, 0]);
    expect(mapDoc(r.doc).meta.get('title')).toBe('Loaded');
    expect(mapDoc(r.doc).nodes.has('early')).toBe(true);
    await r.whenStored();
    expect(appended).toHaveLength(1);
    await r.unload();
  });

  it('sends a joiner that holds nothing the stored doc while it loads, and guards what it sends meanwhile', async () => {
    const stored = initialState();
    const { store, finishLoad, finishCount, appended } = slowStore(stored, { holdCount: true });
    const r = room(store);
    const fresh = connection('editor', true);
    const viewer = connection('viewer', true);
    const other = connection('editor');
    for (const peer of [fresh, viewer, other]) r.add(peer.conn);
    finishLoad();
    await settle(() => fresh.socket.sent.length > 0);
    // The stored doc as it was read, before the room's own copy is ready; nothing yet for a
    // socket that did not say it holds nothing.
    expect(fresh.socket.sent.map(kindOf)).toEqual([[0, 1]]);
    expect(payloadOf(fresh.socket.sent[0] as Uint8Array)).toEqual(stored[0]);
    expect(viewer.socket.sent.map(kindOf)).toEqual([[0, 1]]);
    expect(other.socket.sent).toEqual([]);

    // Its step 1 (asked holding nothing) and an edit on its early copy; a viewer's edit.
    fresh.conn.receive(syncStep1Message(new Y.Doc()));
    fresh.conn.receive(updateMessage(nodeUpdate('early')));
    viewer.conn.receive(updateMessage(nodeUpdate('sneaky')));
    await settle(() => false);
    expect(mapDoc(r.doc).nodes.has('early')).toBe(false);

    finishCount();
    await r.loaded;
    await r.whenStored();
    expect(mapDoc(r.doc).nodes.has('early')).toBe(true);
    expect(mapDoc(r.doc).nodes.has('sneaky')).toBe(false);
    expect(appended).toHaveLength(1);
    // Its step 1 is answered with what the doc gained since the stored doc: not that again.
    const replies = fresh.socket.sent.slice(1).filter((m) => kindOf(m)[1] === 1);
    expect(replies).toHaveLength(1);
    expect(Y.decodeUpdate(payloadOf(replies[0] as Uint8Array)).structs).toEqual([]);
    // Everything it heard makes the whole doc but its own edit, which it holds; the other
    // socket hears that edit.
    const heard = new Y.Doc();
    for (const m of fresh.socket.sent)
      if (kindOf(m)[0] === 0 && kindOf(m)[1] !== 0) Y.applyUpdate(heard, payloadOf(m));
    expect(mapDoc(heard).meta.get('title')).toBe('Loaded');
    expect(mapDoc(heard).nodes.has('early')).toBe(false);
    const othersEdits = other.socket.sent.filter((m) => kindOf(m)[1] === 2);
    for (const m of othersEdits) Y.applyUpdate(heard, payloadOf(m));
    expect(mapDoc(heard).nodes.has('early')).toBe(true);
    // The other socket is greeted as before, with nothing sent early.
    expect(kindOf(other.socket.sent[0] as Uint8Array)).toEqual([0, 0]);
    await r.unload();
  });

  it('lets the event loop answer what came in before it builds its doc from the stored one', async () => {
    const { store, finishLoad } = slowStore(initialState());
    const r = room(store);
    const fresh = connection('editor', true);
    // What is waiting on the loop when the stored doc goes out, such as another request.
    let titleThen: unknown = 'not asked';
    const send = fresh.socket.send;
    fresh.socket.send = (message) => {
      if (fresh.socket.sent.length === 0) {
        setImmediate(() => {
          titleThen = mapDoc(r.doc).meta.get('title');
        });
      }
      send(message);
    };
    r.add(fresh.conn);
    finishLoad();
    await r.loaded;
    expect(fresh.socket.sent.map(kindOf)[0]).toEqual([0, 1]);
    // It ran before the doc was built from the store, and the doc was built after.
    expect(titleThen).toBeUndefined();
    expect(mapDoc(r.doc).meta.get('title')).toBe('Loaded');
    await r.unload();
  });

  it('stores an update before any other socket hears of it', async () => {
    const {
      store,
      r,
      peers: { alice, bob },
    } = await loadedRoom({ alice: 'editor', bob: 'owner' });
    const heardBefore = bob.socket.sent.length;
    let bobHadItWhenStored: boolean | undefined;
    store.onAppend = () => {
      bobHadItWhenStored = bob.socket.sent.length > heardBefore;
    };
    alice.conn.receive(updateMessage(nodeUpdate('n1')));
    // Applied at once, broadcast only after the group commit.
    expect(mapDoc(r.doc).nodes.has('n1')).toBe(true);
    expect(bob.socket.sent.length).toBe(heardBefore);
    await r.whenStored();
    expect(bobHadItWhenStored).toBe(false);
    expect(bob.socket.sent.length).toBe(heardBefore + 1);
    await r.unload();
  });

  it('sends a batch to everyone but the socket that sent all of it', async () => {
    const {
      r,
      peers: { alice, bob, carol },
    } = await loadedRoom({ alice: 'editor', bob: 'editor', carol: 'owner' });
    const before = { alice: alice.socket.sent.length, carol: carol.socket.sent.length };
    alice.conn.receive(updateMessage(nodeUpdate('n1')));
    await r.whenStored();
    // Alice holds it already; the others hear one message, encoded once.
    expect(alice.socket.sent.length).toBe(before.alice);
    expect(bob.socket.sent.at(-1)).toBe(carol.socket.sent.at(-1));
    expect(carol.socket.sent.length).toBe(before.carol + 1);

    // Two senders in one turn: one message holding both, to both of them too.
    alice.conn.receive(updateMessage(nodeUpdate('n2')));
    bob.conn.receive(updateMessage(nodeUpdate('n3')));
    await r.whenStored();
    expect(alice.socket.sent.length).toBe(before.alice + 1);
    expect(alice.socket.sent.at(-1)).toBe(bob.socket.sent.at(-1));
    expect(alice.socket.sent.at(-1)).toBe(carol.socket.sent.at(-1));
    const heard = new Y.Doc();
    Y.applyUpdate(heard, payloadOf(alice.socket.sent.at(-1) as Uint8Array));
    expect([...mapDoc(heard).nodes.keys()].sort()).toEqual(['n2', 'n3']);
    await r.unload();
  });

  it("stores and hands on a client's update as the client sent it, not encoded again", async () => {
    const {
      appended,
      r,
      peers: { alice, bob },
    } = await loadedRoom({ alice: 'editor', bob: 'editor' });
    alice.conn.receive(updateMessage(nodeUpdate('n1')));
    await r.whenStored();
    // Her whole doc again with one node more: the room gains only that node, and what it
    // stores and sends is her update byte for byte (an encoding of what the room gained
    // would hold n2 alone).
    const alicesDoc = new Y.Doc();
    Y.applyUpdate(alicesDoc, nodeUpdate('n1'));
    mapDoc(alicesDoc).nodes.set('n2', new Y.Map());
    const sent = Y.encodeStateAsUpdate(alicesDoc);
    const heardBefore = bob.socket.sent.length;
    alice.conn.receive(updateMessage(sent));
    await r.whenStored();
    expect(appended.at(-1)).toEqual(sent);
    expect(bob.socket.sent.length).toBe(heardBefore + 1);
    expect(payloadOf(bob.socket.sent.at(-1) as Uint8Array)).toEqual(sent);
    // An update that changes nothing is neither stored nor sent.
    const stored = appended.length;
    alice.conn.receive(updateMessage(sent));
    await r.whenStored();
    expect(appended).toHaveLength(stored);
    expect(bob.socket.sent.length).toBe(heardBefore + 1);
    await r.unload();
  });

  it("sends its sender the guard's undoing of what it may not change", async () => {
    const {
      r,
      peers: { alice, owner },
    } = await loadedRoom({ alice: 'editor', owner: 'owner' });
    const before = alice.socket.sent.length;
    const tampered = new Y.Doc();
    Y.applyUpdate(tampered, Y.encodeStateAsUpdate(r.doc));
    mapDoc(tampered).meta.set('title', 'Hijacked');
    alice.conn.receive(updateMessage(Y.encodeStateAsUpdate(tampered, Y.encodeStateVector(r.doc))));
    await r.whenStored();
    expect(mapDoc(r.doc).meta.get('title')).toBe('Loaded');
    // Her change and its undoing, in one batch that is not all hers: she hears it.
    expect(alice.socket.sent.length).toBe(before + 1);
    expect(alice.socket.sent.at(-1)).toBe(owner.socket.sent.at(-1));
    Y.applyUpdate(tampered, payloadOf(alice.socket.sent.at(-1) as Uint8Array));
    expect(mapDoc(tampered).meta.get('title')).toBe('Loaded');
    await r.unload();
  });

  it('sends its sender an update that completed what another socket sent earlier', async () => {
    const {
      r,
      peers: { alice, bob },
    } = await loadedRoom({ alice: 'editor', bob: 'editor' });
    // Bob's doc builds on a node of Alice's that the room has not had yet.
    const alicesDoc = new Y.Doc();
    Y.applyUpdate(alicesDoc, Y.encodeStateAsUpdate(r.doc));
    const base = Y.encodeStateVector(alicesDoc);
    mapDoc(alicesDoc).nodes.set('a', new Y.Map());
    const alicesNode = Y.encodeStateAsUpdate(alicesDoc, base);
    const bobsDoc = new Y.Doc();
    Y.applyUpdate(bobsDoc, Y.encodeStateAsUpdate(alicesDoc));
    const bobsBase = Y.encodeStateVector(bobsDoc);
    (mapDoc(bobsDoc).nodes.get('a') as Y.Map<unknown>).set('label', 'Bob');
    const bobsLabel = Y.encodeStateAsUpdate(bobsDoc, bobsBase);
    const aliceBefore = alice.socket.sent.length;

    // Bob's label waits in the room's doc until Alice's node arrives, in her transaction.
    bob.conn.receive(updateMessage(bobsLabel));
    await r.whenStored();
    alice.conn.receive(updateMessage(alicesNode));
    await r.whenStored();
    expect((mapDoc(r.doc).nodes.get('a') as Y.Map<unknown>).get('label')).toBe('Bob');
    // Alice never had Bob's label: she hears the batch her update completed.
    const heard = alice.socket.sent.slice(aliceBefore).filter((m) => kindOf(m)[1] === 2);
    for (const message of heard) Y.applyUpdate(alicesDoc, payloadOf(message));
    expect((mapDoc(alicesDoc).nodes.get('a') as Y.Map<unknown>).get('label')).toBe('Bob');
    await r.unload();
  });

  it("drops a viewer's updates without storing them", async () => {
    const { r, appended, peers } = await loadedRoom({ viewer: 'viewer' });
    const { socket, conn } = peers.viewer;
    conn.receive(updateMessage(nodeUpdate('sneaky')));
    await r.whenStored();
    expect(mapDoc(r.doc).nodes.has('sneaky')).toBe(false);
    expect(appended).toHaveLength(0);
    expect(socket.closedWith).toBeUndefined();
    await r.unload();
  });

  it('compacts every N updates and when unloaded, even mid-load', async () => {
    const { store, finishLoad, compactions } = slowStore(initialState());
    const r = room(store, 2);
    const { conn } = connection('editor');
    r.add(conn);
    const unloaded = r.unload();
    finishLoad();
    await unloaded;
    expect(compactions).toHaveLength(0);

    const second = await loadedRoom({ editor: 'editor' }, 2);
    const {
      r: r2,
      peers: { editor },
    } = second;
    // Two updates in one tick are one batch: compacted after it; the third waits.
    for (const id of ['a', 'b']) editor.conn.receive(updateMessage(nodeUpdate(id)));
    await r2.whenStored();
    expect(second.appended).toHaveLength(2);
    editor.conn.receive(updateMessage(nodeUpdate('c')));
    await r2.whenStored();
    expect(second.compactions).toHaveLength(1);
    await r2.unload();
    expect(second.compactions).toHaveLength(2);
    const restored = new Y.Doc();
    Y.applyUpdate(restored, second.compactions[1] ?? new Uint8Array());
    expect([...mapDoc(restored).nodes.keys()].sort()).toEqual(['a', 'b', 'c']);
  });
});

describe("a room's group commit", () => {
  it("stores a tick's updates in one append and holds a sync reply until they are stored", async () => {
    const {
      store,
      r,
      appended,
      peers: { alice, bob },
    } = await loadedRoom({ alice: 'editor', bob: 'editor' });
    let appends = 0;
    store.onAppend = () => appends++;
    const heardBefore = bob.socket.sent.length;
    const aliceHeardBefore = alice.socket.sent.length;
    for (const id of ['x', 'y', 'z']) alice.conn.receive(updateMessage(nodeUpdate(id)));
    // Bob asks for the doc before those are stored: his answer waits for the commit.
    bob.conn.receive(syncStep1Message(new Y.Doc()));
    expect(bob.socket.sent.length).toBe(heardBefore);
    await r.whenStored();
    expect(appends).toBe(1);
    expect(appended).toHaveLength(3);
    // The batch reaches Bob as one update holding all three, then his answer.
    const heard = bob.socket.sent.slice(heardBefore);
    expect(heard.map(kindOf)).toEqual([
      [0, 2],
      [0, 1],
    ]);
    const bobsDoc = new Y.Doc();
    Y.applyUpdate(bobsDoc, initialState()[0] as Uint8Array);
    Y.applyUpdate(bobsDoc, payloadOf(heard[0] as Uint8Array));
    expect([...mapDoc(bobsDoc).nodes.keys()].sort()).toEqual(['x', 'y', 'z']);
    // Alice, who sent them all, holds them already.
    expect(alice.socket.sent.length).toBe(aliceHeardBefore);
    await r.unload();
  });

  it('broadcasts nothing, and closes every socket, when the store refuses a batch', async () => {
    const {
      store,
      r,
      peers: { alice, bob },
    } = await loadedRoom({ alice: 'editor', bob: 'editor' });
    const heardBefore = bob.socket.sent.length;
    store.onAppend = () => {
      throw new Error('disk full');
    };
    alice.conn.receive(updateMessage(nodeUpdate('lost')));
    await r.whenStored();
    expect(bob.socket.sent.length).toBe(heardBefore);
    expect(bob.socket.closedWith).toBe(1011);
    expect(alice.socket.closedWith).toBe(1011);
    expect(alice.socket.closedBecause).toBe('could not store change');
    // Nor does anyone hear it later, Alice included: she still holds her change, and sends it
    // again to the room that a reconnect loads afresh.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(bob.socket.sent.length).toBe(heardBefore);
    expect(alice.socket.sent.map(kindOf)).not.toContainEqual([0, 2]);
    await r.unload();
  });
});

describe('a room whose store appends at once', () => {
  /** A room holding a body `n1` (with a place) and an editor's copy of its doc. */
  async function roomWithABody(applySentAheadMs?: number) {
    const loaded = await loadedRoom({ alice: 'editor', bob: 'editor', owner: 'owner' }, 100, {
      atOnce: true,
      applySentAheadMs,
    });
    const { r, peers } = loaded;
    const ownersDoc = new Y.Doc();
    Y.applyUpdate(ownersDoc, Y.encodeStateAsUpdate(r.doc));
    const base = Y.encodeStateVector(ownersDoc);
    const body = new Y.Map<unknown>();
    mapDoc(ownersDoc).nodes.set('n1', body as never);
    body.set('position', { x: 0, y: 0 });
    peers.owner.conn.receive(updateMessage(Y.encodeStateAsUpdate(ownersDoc, base)));
    await r.whenStored();
    const alicesDoc = new Y.Doc();
    Y.applyUpdate(alicesDoc, Y.encodeStateAsUpdate(r.doc));
    /** Alice's update moving n1 to x. */
    const move = (x: number) => {
      const before = Y.encodeStateVector(alicesDoc);
      (mapDoc(alicesDoc).nodes.get('n1') as Y.Map<unknown>).set('position', { x, y: 0 });
      return Y.encodeStateAsUpdate(alicesDoc, before);
    };
    const positionIn = (doc: Y.Doc) =>
      (mapDoc(doc).nodes.get('n1') as Y.Map<unknown> | undefined)?.get('position');
    return { ...loaded, ownersDoc, move, positionIn };
  }

  it('stores a move, sends it on and only then applies it', async () => {
    const { r, store, appended, peers, move, positionIn } = await roomWithABody();
    const { alice, bob } = peers;
    const update = move(10);
    const heardBefore = { alice: alice.socket.sent.length, bob: bob.socket.sent.length };
    let whenStored: { bobHeard: boolean; applied: boolean } | undefined;
    store.onAppend = () => {
      whenStored = {
        bobHeard: bob.socket.sent.length > heardBefore.bob,
        applied: (positionIn(r.doc) as { x: number }).x === 10,
      };
    };
    let whenSent: boolean | undefined;
    const send = bob.socket.send;
    bob.socket.send = (message: Uint8Array) => {
      whenSent ??= (positionIn(r.doc) as { x: number }).x === 10;
      send(message);
    };
    alice.conn.receive(updateMessage(update));
    // No turn of the loop waited for: stored, sent, then applied as soon as the doc is read.
    expect(whenStored).toEqual({ bobHeard: false, applied: false });
    expect(whenSent).toBe(false);
    expect(positionIn(r.doc)).toEqual({ x: 10, y: 0 });
    expect(appended.at(-1)).toEqual(update);
    expect(bob.socket.sent.length).toBe(heardBefore.bob + 1);
    expect(payloadOf(bob.socket.sent.at(-1) as Uint8Array)).toEqual(update);
    // Nothing more follows for it, and its sender is not sent it back.
    await r.whenStored();
    await new Promise((resolve) => setImmediate(resolve));
    expect(bob.socket.sent.length).toBe(heardBefore.bob + 1);
    expect(alice.socket.sent.length).toBe(heardBefore.alice);
    expect(appended.filter((stored) => Buffer.from(update).equals(stored))).toHaveLength(1);
    await r.unload();
  });

  it("batches the turn's later updates behind it, and applies first what the guard keeps", async () => {
    const { r, appended, peers, move, ownersDoc, positionIn } = await roomWithABody();
    const { alice, bob, owner } = peers;
    const first = move(1);
    const second = move(2);
    const heardBefore = bob.socket.sent.length;
    alice.conn.receive(updateMessage(first));
    alice.conn.receive(updateMessage(second));
    // The first at once, the second with the turn's batch.
    expect(bob.socket.sent.length).toBe(heardBefore + 1);
    await r.whenStored();
    expect(bob.socket.sent.length).toBe(heardBefore + 2);
    expect(payloadOf(bob.socket.sent.at(-1) as Uint8Array)).toEqual(second);
    expect(appended.slice(-2)).toEqual([first, second]);

    // The owner locks the body: Alice's next move is applied, undone, and sent to nobody as it was.
    const base = Y.encodeStateVector(ownersDoc);
    Y.applyUpdate(ownersDoc, Y.encodeStateAsUpdate(r.doc, base));
    const beforeLock = Y.encodeStateVector(ownersDoc);
    mapDoc(ownersDoc).locks.set('n1', 'owner' as never);
    owner.conn.receive(updateMessage(Y.encodeStateAsUpdate(ownersDoc, beforeLock)));
    await r.whenStored();
    await new Promise((resolve) => setImmediate(resolve));
    const bobsDoc = new Y.Doc();
    Y.applyUpdate(bobsDoc, Y.encodeStateAsUpdate(r.doc));
    const locked = move(99);
    const lockedBefore = bob.socket.sent.length;
    alice.conn.receive(updateMessage(locked));
    expect(bob.socket.sent.length).toBe(lockedBefore);
    await r.whenStored();
    expect(positionIn(r.doc)).toEqual({ x: 2, y: 0 });
    const heard = bob.socket.sent.slice(lockedBefore);
    expect(heard).toHaveLength(1);
    Y.applyUpdate(bobsDoc, payloadOf(heard[0] as Uint8Array));
    expect(positionIn(bobsDoc)).toEqual({ x: 2, y: 0 });
    await r.unload();
  });

  it("sends a move on while another client's move waits to be applied, and applies both in order", async () => {
    // A wait long enough that Alice's move still waits when Bob's arrives, however slow the
    // machine's turn of the loop in between.
    const wait = 500;
    const { r, peers, move, positionIn, appended } = await roomWithABody(wait);
    const { alice, bob } = peers;
    const doc = r.doc;
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    // Bob moves the same body, not having heard Alice's move yet.
    const bobsDoc = new Y.Doc();
    Y.applyUpdate(bobsDoc, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(bobsDoc);
    (mapDoc(bobsDoc).nodes.get('n1') as Y.Map<unknown>).set('position', { x: 0, y: 20 });
    const bobsMove = Y.encodeStateAsUpdate(bobsDoc, before);
    const alicesMove = move(10);

    alice.conn.receive(updateMessage(alicesMove));
    // A later turn of the loop, within the moment Alice's move waits.
    await new Promise((resolve) => setImmediate(resolve));
    const aliceHeard = alice.socket.sent.length;
    bob.conn.receive(updateMessage(bobsMove));
    // Stored and sent on at once, with neither applied yet.
    expect(alice.socket.sent.length).toBe(aliceHeard + 1);
    expect(payloadOf(alice.socket.sent.at(-1) as Uint8Array)).toEqual(bobsMove);
    expect(appended.slice(-2)).toEqual([alicesMove, bobsMove]);
    expect(positionIn(doc)).toEqual({ x: 0, y: 0 });
    expect(transactions).toBe(0);

    await new Promise((resolve) => setTimeout(resolve, wait + 50));
    // Each applied whole, in the order it was sent: the doc is what every client ends with.
    expect(transactions).toBe(2);
    expect(doc.store.pendingStructs).toBeNull();
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(bobsDoc));
    Y.applyUpdate(client, alicesMove);
    expect(positionIn(doc)).toEqual(positionIn(client));
    expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(client));
    await r.unload();
  });

  it('applies a move sent on within a moment, though nothing reads the doc', async () => {
    const { r, peers, move, positionIn } = await roomWithABody();
    // The doc object itself, read once now: reading it later through the room would apply
    // what waits.
    const doc = r.doc;
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    peers.alice.conn.receive(updateMessage(move(7)));
    expect(positionIn(doc)).toEqual({ x: 0, y: 0 });
    await new Promise((resolve) => setTimeout(resolve, APPLY_SENT_AHEAD_MS + 50));
    expect(positionIn(doc)).toEqual({ x: 7, y: 0 });
    expect(transactions).toBe(1);
    await r.unload();
  });

  it("applies a move sent on before anything reads the doc: the next message, a joiner's sync, a compaction", async () => {
    const { r, peers, move, positionIn, compactions } = await roomWithABody();
    const { alice, bob } = peers;
    const doc = r.doc;

    // Another socket's message: Bob asks for what he lacks, and is answered with the move.
    const bobsDoc = new Y.Doc();
    Y.applyUpdate(bobsDoc, Y.encodeStateAsUpdate(doc));
    alice.conn.receive(updateMessage(move(3)));
    const heardBefore = bob.socket.sent.length;
    bob.conn.receive(syncStep1Message(bobsDoc));
    expect(positionIn(doc)).toEqual({ x: 3, y: 0 });
    await r.whenStored();
    const reply = bob.socket.sent
      .slice(heardBefore)
      .filter((m) => kindOf(m)[0] === 0 && kindOf(m)[1] === 1);
    expect(reply).toHaveLength(1);
    Y.applyUpdate(bobsDoc, payloadOf(reply[0] as Uint8Array));
    expect(positionIn(bobsDoc)).toEqual({ x: 3, y: 0 });

    // The same socket's next move, which builds on it: both go in whole.
    alice.conn.receive(updateMessage(move(4)));
    await new Promise((resolve) => setImmediate(resolve));
    alice.conn.receive(updateMessage(move(5)));
    expect(positionIn(doc)).toEqual({ x: 4, y: 0 });
    expect(doc.store.pendingStructs).toBeNull();

    // Unloaded at once: the snapshot holds the last move.
    await r.unload();
    const stored = new Y.Doc();
    Y.applyUpdate(stored, compactions.at(-1) as Uint8Array);
    expect(positionIn(stored)).toEqual({ x: 5, y: 0 });
  });
});
