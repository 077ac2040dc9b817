import type { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNode, mapDoc } from '../../shared/ydoc/index.ts';
import { converged, flushed } from '../helpers/honest.ts';
import { frames } from '../helpers/rawClient.ts';
import { testSession } from '../helpers/session.ts';
import { waitFor } from '../helpers/startServer.ts';

const session = testSession();

const local = { kind: 'local', participantId: 'test' } as const;

/** A state vector naming a client the server has never seen: the answer is the whole map. */
function strangerStateVector(client: number): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = client;
  doc.getMap('x').set('y', 1);
  const vector = Y.encodeStateVector(doc);
  doc.destroy();
  return vector;
}

describe('a client cannot make the server hold unbounded memory', () => {
  it('cuts off a socket that asks for a 1 MB map again and again without reading', async () => {
    const server = await session.server();
    const map = await server.createMap('Big');
    const owner = await session.client(server, map.id, map.tokens.owner, 'Olu');
    // About 1 MB of labels, each within the label limit (a longer one would be cut).
    owner.doc.transact(() => {
      for (let i = 0; i < 2_000; i++) {
        addNode(owner.doc, local, {
          kind: 'icb',
          label: `${i} ${'x'.repeat(480)}`,
          position: { x: i, y: 0 },
        });
      }
    });
    const hog = await session.raw(server, map.id, map.tokens.viewer);
    await waitFor(() => mapDoc(hog.mirror).nodes.size === 2_000, 10_000, 'the big map');
    hog.say({ user: { id: 'hog', name: 'Hog' } });
    await waitFor(() => owner.provider.awareness.getStates().has(hog.clientId));

    // Stop reading, then ask for the whole map 100 times (100 MB of answers).
    (hog.socket as unknown as { _socket: Socket })._socket.pause();
    for (let i = 0; i < 100; i++) hog.send(frames.sync(0, strangerStateVector(1_000 + i)));
    // The server cuts it off: its presence goes for everyone.
    await waitFor(() => !owner.provider.awareness.getStates().has(hog.clientId), 20_000, 'the cut');
    (hog.socket as unknown as { _socket: Socket })._socket.resume();
    await hog.closed;
    expect(hog.step2s).toBeLessThan(100);

    // Everyone else carries on.
    const editor = await session.client(server, map.id, map.tokens.editor, 'Ed');
    addNode(editor.doc, local, { kind: 'icb', label: 'After', position: { x: 0, y: 9 } });
    await waitFor(() => mapDoc(owner.doc).nodes.size === 2_001);
    await converged([owner, editor]);
  });

  it('answers a repeated sync step 1 once', async () => {
    const server = await session.server();
    const map = await server.createMap('Repeats');
    const owner = await session.client(server, map.id, map.tokens.owner, 'Olu');
    addNode(owner.doc, local, { kind: 'icb', label: 'ICB', position: { x: 0, y: 0 } });
    const asker = await session.raw(server, map.id, map.tokens.viewer);
    await waitFor(() => mapDoc(asker.mirror).nodes.size === 1);
    const before = asker.step2s;
    const vector = Y.encodeStateVector(asker.mirror);
    for (let i = 0; i < 300; i++) asker.send(frames.sync(0, vector));
    // A different question is answered: it comes after the repeats, so they are all handled.
    asker.send(frames.sync(0, strangerStateVector(42)));
    await waitFor(() => asker.step2s === before + 2, 5_000, 'two answers');
    await flushed(asker, owner, 'after-repeats');
    expect(asker.step2s).toBe(before + 2);
  });

  it('refuses an oversized presence and holds a presence flood to a rate, its last state landing', async () => {
    const server = await session.server();
    const map = await server.createMap('Presence flood');
    const owner = await session.client(server, map.id, map.tokens.owner, 'Olu');
    const huge = await session.raw(server, map.id, map.tokens.viewer);
    huge.say({ user: { id: 'huge', name: 'Huge' }, blob: 'x'.repeat(1_900_000) });
    expect(await huge.closed).toBe(1009);
    expect(owner.provider.awareness.getStates().has(huge.clientId)).toBe(false);

    const flood = await session.raw(server, map.id, map.tokens.viewer);
    let seen = 0;
    owner.provider.awareness.on(
      'change',
      ({ added, updated }: { added: number[]; updated: number[] }) => {
        if ([...added, ...updated].includes(flood.clientId)) seen++;
      },
    );
    const sent = 2_000;
    for (let i = 1; i <= sent; i++)
      flood.say({ user: { id: 'flood', name: 'Flood' }, cursor: { x: i, y: 0 } });
    await waitFor(
      () =>
        (
          owner.provider.awareness.getStates().get(flood.clientId) as
            | { cursor?: { x: number } }
            | undefined
        )?.cursor?.x === sent,
      20_000,
      'the last cursor',
    );
    expect(seen).toBeLessThan(sent);
  });
});
