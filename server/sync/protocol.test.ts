import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { rememberWholeDoc, SYNC_STEP2, syncStep2Message } from './protocol.ts';

/** The doc a sync step 2 message carries, applied to a fresh doc. */
function received(message: Uint8Array): Y.Doc {
  const decoder = decoding.createDecoder(message);
  decoding.readVarUint(decoder); // message type
  expect(decoding.readVarUint(decoder)).toBe(SYNC_STEP2);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
  return doc;
}

describe('sync step 2', () => {
  it('sends peers that hold nothing one encoding of the whole doc until the doc changes', () => {
    const doc = new Y.Doc();
    doc.getMap('nodes').set('a', 1);
    const empty = Y.encodeStateVector(new Y.Doc());
    const first = syncStep2Message(doc, empty);
    expect(syncStep2Message(doc, empty)).toBe(first);
    expect(received(first).getMap('nodes').toJSON()).toEqual({ a: 1 });

    doc.getMap('nodes').set('b', 2);
    const after = syncStep2Message(doc, empty);
    expect(after).not.toBe(first);
    expect(received(after).getMap('nodes').toJSON()).toEqual({ a: 1, b: 2 });
  });

  it('sends the stored snapshot a room was loaded from as it is, until the doc changes', () => {
    const stored = new Y.Doc();
    stored.getMap('nodes').set('a', 1);
    const snapshot = Y.encodeStateAsUpdate(stored);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, snapshot);
    rememberWholeDoc(doc, snapshot);
    const empty = Y.encodeStateVector(new Y.Doc());
    const reply = syncStep2Message(doc, empty);
    expect(reply.subarray(reply.length - snapshot.length)).toEqual(snapshot);
    expect(received(reply).getMap('nodes').toJSON()).toEqual({ a: 1 });

    doc.getMap('nodes').set('b', 2);
    expect(received(syncStep2Message(doc, empty)).getMap('nodes').toJSON()).toEqual({ a: 1, b: 2 });
  });

  it('sends a peer that holds part of the doc only what it lacks', () => {
    const doc = new Y.Doc();
    doc.getMap('nodes').set('a', 1);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    doc.getMap('nodes').set('b', 2);
    const reply = syncStep2Message(doc, Y.encodeStateVector(peer));
    const decoder = decoding.createDecoder(reply);
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    Y.applyUpdate(peer, decoding.readVarUint8Array(decoder));
    expect(peer.getMap('nodes').toJSON()).toEqual({ a: 1, b: 2 });
    expect(reply.length).toBeLessThan(
      syncStep2Message(doc, Y.encodeStateVector(new Y.Doc())).length,
    );
  });
});
