import * as encoding from 'lib0/encoding';
import * as prng from 'lib0/prng';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MAX_PLAIN_PARTS, readClientUpdate } from './readClientUpdate.ts';

/** The client ids an update writes under, one per run. */
const clientsOfUpdate = (update: Uint8Array) => readClientUpdate(update).clients;

/** Updates of every kind of content a doc can hold, each from its own client. */
function sampleUpdates(): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const doc = new Y.Doc();
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const map = doc.getMap('map');
  map.set('position', { x: 1.5, y: -2, nested: [true, null, 'text'] });
  map.set('position', { x: 2.5, y: -2 });
  map.set('bytes', new Uint8Array([1, 2, 3]));
  const text = new Y.Text();
  map.set('text', text);
  text.insert(0, 'héllo wörld', { bold: true });
  text.insertEmbed(3, { image: 'x.png' });
  text.delete(1, 4);
  const list = doc.getArray('list');
  list.push([1, 'two', { three: 3 }]);
  list.delete(0, 2);
  const xml = doc.getXmlFragment('xml');
  const element = new Y.XmlElement('p');
  xml.insert(0, [element, new Y.XmlText('words')]);
  element.setAttribute('class', 'lead');
  map.delete('bytes');
  updates.push(Y.encodeStateAsUpdate(doc));
  doc.destroy();
  return updates;
}

/** The client of each struct run, as `Y.decodeUpdate` gives them. */
function decodedClients(update: Uint8Array): number[] {
  const clients: number[] = [];
  for (const struct of Y.decodeUpdate(update).structs) {
    if (clients.at(-1) !== struct.id.client) clients.push(struct.id.client);
  }
  return clients;
}

function decodes(read: () => unknown): boolean {
  try {
    read();
    return true;
  } catch {
    return false;
  }
}

describe('readClientUpdate', () => {
  it('names the client of each run of structs, as a full decode does', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.getMap('m').set('a', 1);
    b.getMap('m').set('b', 2);
    const both = Y.mergeUpdates([Y.encodeStateAsUpdate(a), Y.encodeStateAsUpdate(b)]);
    expect(clientsOfUpdate(both).sort()).toEqual([a.clientID, b.clientID].sort());
    for (const update of sampleUpdates()) {
      expect(clientsOfUpdate(update)).toEqual(decodedClients(update));
    }
  });

  it('reads a delete set with no structs (an update that only deletes)', () => {
    const doc = new Y.Doc();
    doc.getMap('m').set('a', 1);
    let deletion: Uint8Array | undefined;
    doc.on('update', (update: Uint8Array) => {
      deletion = update;
    });
    doc.getMap('m').delete('a');
    expect(deletion).toBeDefined();
    expect(clientsOfUpdate(deletion as Uint8Array)).toEqual([]);
  });

  it('throws for every update cut short, in its structs or its delete set', () => {
    for (const update of sampleUpdates()) {
      for (let length = 0; length < update.length; length++) {
        expect(() => clientsOfUpdate(update.subarray(0, length))).toThrow();
      }
    }
  });

  it('throws for a delete set that names more clients than it holds', () => {
    // A valid first client's deletions, then nothing: applyUpdate would apply the structs and
    // those deletions before it found the end.
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0); // no structs
    encoding.writeVarUint(encoder, 2); // two clients' deletions
    encoding.writeVarUint(encoder, 1234); // the first client
    encoding.writeVarUint(encoder, 1); // one range
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 1);
    expect(() => clientsOfUpdate(encoding.toUint8Array(encoder))).toThrow();
  });

  it('refuses a skip that carries flags, which Y.decodeUpdate reads as an item and fails on', () => {
    const write = (info: number) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 1); // one run of structs
      encoding.writeVarUint(encoder, 1); // of one struct
      encoding.writeVarUint(encoder, 1234); // its client
      encoding.writeVarUint(encoder, 0); // its first clock
      encoding.writeUint8(encoder, info);
      encoding.writeVarUint(encoder, 3); // the skip's length
      encoding.writeVarUint(encoder, 0); // no deletions
      return encoding.toUint8Array(encoder);
    };
    expect(clientsOfUpdate(write(10))).toEqual([1234]);
    expect(decodes(() => Y.decodeUpdate(write(10)))).toBe(true);
    for (const flags of [0b100000, 0b1000000, 0b10000000]) {
      expect(decodes(() => Y.decodeUpdate(write(10 | flags)))).toBe(false);
      expect(() => clientsOfUpdate(write(10 | flags))).toThrow();
    }
  });

  it('accepts exactly what a full decode accepts, among updates with bytes changed at random', () => {
    const gen = prng.create(13);
    const updates = sampleUpdates();
    let accepted = 0;
    for (let trial = 0; trial < 3000; trial++) {
      const update = (updates[trial % updates.length] as Uint8Array).slice();
      const changes = prng.int32(gen, 1, 3);
      for (let i = 0; i < changes; i++) {
        update[prng.int32(gen, 0, update.length - 1)] = prng.uint32(gen, 0, 255);
      }
      const skimmed = decodes(() => clientsOfUpdate(update));
      expect(skimmed).toBe(decodes(() => Y.decodeUpdate(update)));
      if (skimmed) accepted++;
    }
    // Both kinds of verdict were reached.
    expect(accepted).toBeGreaterThan(100);
    expect(accepted).toBeLessThan(2900);
  });

  it('notes where a plain update goes: each run, each item after its origin, each deletion', () => {
    const doc = new Y.Doc();
    const map = doc.getMap('body');
    map.set('position', { x: 1, y: 2 });
    const text = new Y.Text();
    map.set('label', text);
    text.insert(0, 'Leeds');
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    map.set('position', { x: 3, y: 4 });
    text.insert(5, ' Teaching Hospitals');
    const [move, typed] = updates as [Uint8Array, Uint8Array];

    const moved = readClientUpdate(move);
    const [item] = Y.decodeUpdate(move).structs as Y.Item[];
    expect(moved.plain).toEqual({
      runs: [doc.clientID, item?.id.clock, 1],
      anchors: [doc.clientID, item?.origin?.clock, -1, -1],
      // The value it replaced.
      deletions: [doc.clientID, item?.origin?.clock, 1],
    });
    // Text typed after text: its length is its characters'.
    expect(readClientUpdate(typed).plain?.runs).toEqual([
      doc.clientID,
      expect.any(Number),
      ' Teaching Hospitals'.length,
    ]);
    // A new shared type, or a first value for a key (no origin), is not plain.
    expect(readClientUpdate(Y.encodeStateAsUpdate(doc)).plain).toBeUndefined();
    const fresh = new Y.Doc();
    fresh.getMap('body').set('position', { x: 0, y: 0 });
    expect(readClientUpdate(Y.encodeStateAsUpdate(fresh)).plain).toBeUndefined();
  });

  it("counts each plain run's length in clocks as Yjs does", () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    const map = doc.getMap('m');
    const list = new Y.Array();
    const text = new Y.Text();
    map.set('list', list);
    map.set('text', text);
    list.push([0]);
    text.insert(0, 'a');
    doc.on('update', (update: Uint8Array) => updates.push(update));
    list.insert(1, [1, 'two', { three: 3 }]);
    text.insert(1, 'héllo 😀', { bold: true });
    text.insertEmbed(2, { image: 'x.png' });
    map.set('list', new Uint8Array([1, 2]));
    let plain = 0;
    for (const update of updates) {
      const read = readClientUpdate(update).plain;
      if (!read) continue;
      plain++;
      const structs = Y.decodeUpdate(update).structs;
      const length = structs.reduce((sum, struct) => sum + struct.length, 0);
      expect(read.runs[2]).toBe(length);
      expect(read.runs[1]).toBe(structs[0]?.id.clock);
    }
    expect(plain).toBe(updates.length);
  });

  it('leaves a long update to be judged by applying it', () => {
    const doc = new Y.Doc();
    const map = doc.getMap('body');
    const keys = Array.from({ length: MAX_PLAIN_PARTS + 1 }, (_, i) => `field${i}`);
    for (const key of keys) map.set(key, 0);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    doc.transact(() => {
      for (const key of keys.slice(0, MAX_PLAIN_PARTS)) map.set(key, 1);
    });
    doc.transact(() => {
      for (const key of keys) map.set(key, 2);
    });
    const [most, more] = updates as [Uint8Array, Uint8Array];
    expect(readClientUpdate(most).plain?.anchors).toHaveLength(4 * MAX_PLAIN_PARTS);
    expect(readClientUpdate(more).plain).toBeUndefined();
    // Read whole all the same.
    expect(readClientUpdate(more).clients).toEqual([doc.clientID]);
  });
});
