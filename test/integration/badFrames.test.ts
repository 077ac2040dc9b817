import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNode } from '../../shared/ydoc/index.ts';
import {
  connectClient,
  startTestServer,
  type TestClient,
  type TestMap,
  type TestServer,
  waitFor,
} from '../helpers/startServer.ts';
import { labels } from './docs.ts';
import { openRaw, syncFrame, syncUrl, validUpdate } from './rawSocket.ts';

const origin = { kind: 'local', participantId: 'test' } as const;
const MAX_MESSAGE_BYTES = 64 * 1024;

let server: TestServer;
let map: TestMap;
let alice: TestClient;
let bob: TestClient;
let added = 0;

beforeAll(async () => {
  server = await startTestServer({ maxMessageBytes: MAX_MESSAGE_BYTES });
  map = await server.createMap('Under attack');
  alice = connectClient(server.wsUrl, map.id, map.tokens.editor);
  bob = connectClient(server.wsUrl, map.id, map.tokens.editor);
  await Promise.all([alice.synced, bob.synced]);
});

afterAll(async () => {
  alice?.destroy();
  bob?.destroy();
  await server?.stop();
});

/** Alice adds a node; resolves when Bob has it: the room still works for everyone else. */
async function stillSyncing(): Promise<void> {
  added++;
  addNode(alice.doc, origin, { kind: 'icb', label: `Node ${added}`, position: { x: added, y: 0 } });
  await waitFor(() => labels(bob.doc).length === added, 5_000, 'the edit reaching Bob');
}

/** Sends one bad frame from an editor's raw socket; returns the code it was closed with. */
async function sendBad(frame: Uint8Array | string): Promise<number> {
  const { socket, closed } = await openRaw(syncUrl(server.wsUrl, map.id, map.tokens.editor));
  socket.send(frame);
  return closed;
}

describe('bad frames on the sync socket', () => {
  it('random bytes close that socket only (1007)', async () => {
    expect(await sendBad(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff]))).toBe(1007);
    expect(await sendBad(new Uint8Array([0, 0, 0xff, 0xff, 0xff]))).toBe(1007);
    await stillSyncing();
  });

  it('a sync update header followed by garbage closes it (1007), nothing applied', async () => {
    const garbage = new Uint8Array([0xff, 0xff, 0xff, 0x01, 0x02, 0x03, 0x04, 0x05]);
    expect(await sendBad(syncFrame(2, garbage))).toBe(1007);
    expect(await sendBad(syncFrame(1, garbage))).toBe(1007);
    // A valid update cut short is no better.
    const whole = validUpdate('cut');
    expect(await sendBad(syncFrame(2, whole.subarray(0, whole.length - 3)))).toBe(1007);
    await stillSyncing();
    expect(bob.doc.getMap('raw').size).toBe(0);
  });

  it('valid structs followed by a broken delete set close it (1007), nothing applied', async () => {
    // A raw writer's own doc: 'a' set, then in one change 'a' deleted and 'b' set.
    const writer = new Y.Doc();
    const raw = writer.getMap('deletes');
    raw.set('a', true);
    const first = Y.encodeStateAsUpdate(writer);
    const before = Y.encodeStateVector(writer);
    writer.transact(() => {
      raw.delete('a');
      raw.set('b', true);
    });
    const second = Y.encodeStateAsUpdate(writer, before);
    // Its delete set names one client's one range (a's item), and ends the update.
    const deleteSet = encoding.createEncoder();
    for (const n of [1, writer.clientID, 1, 0, 1]) encoding.writeVarUint(deleteSet, n);
    const tail = encoding.toUint8Array(deleteSet);
    expect(second.subarray(second.length - tail.length)).toEqual(tail);
    // Says two clients' deletions follow where one does: Yjs would apply b and delete a
    // before it found the end.
    const broken = second.slice();
    broken[second.length - tail.length] = 2;

    const { socket, closed } = await openRaw(syncUrl(server.wsUrl, map.id, map.tokens.editor));
    socket.send(syncFrame(2, first));
    await waitFor(() => bob.doc.getMap('deletes').get('a') === true, 5_000, 'a reaching Bob');
    socket.send(syncFrame(2, broken));
    expect(await closed).toBe(1007);
    await stillSyncing();
    expect(bob.doc.getMap('deletes').toJSON()).toEqual({ a: true });
    writer.destroy();
  });

  it('garbage awareness closes it (1007)', async () => {
    expect(await sendBad(new Uint8Array([1, 3, 1, 1, 1]))).toBe(1007);
    await stillSyncing();
  });

  it('a text frame or an unknown message type closes it (1003)', async () => {
    expect(await sendBad('hello')).toBe(1003);
    expect(await sendBad(new Uint8Array([7, 0]))).toBe(1003);
    // Type 2 (auth) only travels from server to client.
    expect(await sendBad(new Uint8Array([2, 0]))).toBe(1003);
    await stillSyncing();
  });

  it('an oversized frame is refused (1009) and leaves the doc intact', async () => {
    const big = syncFrame(2, validUpdate('x'.repeat(MAX_MESSAGE_BYTES)));
    expect(big.length).toBeGreaterThan(MAX_MESSAGE_BYTES);
    expect(await sendBad(big)).toBe(1009);
    await stillSyncing();
    expect(bob.doc.getMap('raw').size).toBe(0);
  });

  it('leaves the stored doc whole for a client that joins afterwards', async () => {
    const late = connectClient(server.wsUrl, map.id, map.tokens.viewer);
    try {
      await late.synced;
      expect(labels(late.doc)).toEqual(labels(alice.doc));
      expect(labels(late.doc)).toHaveLength(added);
    } finally {
      late.destroy();
    }
  });

  it('a well-formed raw update from an editor is accepted and reaches the others', async () => {
    const { socket, closed } = await openRaw(syncUrl(server.wsUrl, map.id, map.tokens.editor));
    socket.send(syncFrame(2, validUpdate('fine')));
    await waitFor(() => bob.doc.getMap('raw').get('fine') === true);
    socket.close();
    expect(await closed).toBe(1005);
  });
});
