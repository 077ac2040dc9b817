import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  connectClient,
  startTestServer,
  type TestMap,
  type TestServer,
  waitFor,
} from '../helpers/startServer.ts';
import { openRaw, syncUrl } from './rawSocket.ts';

function awarenessFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

let server: TestServer;
let map: TestMap;

beforeAll(async () => {
  server = await startTestServer();
  map = await server.createMap('Presence');
});

afterAll(async () => {
  await server?.stop();
});

describe('awareness (presence)', () => {
  it('is sent back to its sender, so a participant alone on a quiet map stays connected', async () => {
    const alone = await server.createMap('Alone');
    const own = new Awareness(new Y.Doc());
    own.setLocalState({ user: { name: 'Solo' } });
    const { socket } = await openRaw(syncUrl(server.wsUrl, alone.id, alone.tokens.editor));
    const heard: number[][] = [];
    socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== 1) return;
      const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
      const clients: number[] = [];
      for (let n = decoding.readVarUint(update); n > 0; n--) {
        clients.push(decoding.readVarUint(update));
        decoding.readVarUint(update);
        decoding.readVarString(update);
      }
      heard.push(clients);
    });
    try {
      socket.send(awarenessFrame(encodeAwarenessUpdate(own, [own.clientID])));
      await waitFor(() => heard.some((clients) => clients.includes(own.clientID)));
    } finally {
      socket.close();
      own.destroy();
    }
  });

  it('is removed by the server when a socket drops without saying goodbye', async () => {
    const alice = connectClient(server.wsUrl, map.id, map.tokens.editor);
    try {
      await alice.synced;
      const ghost = new Awareness(new Y.Doc());
      ghost.setLocalState({ user: { name: 'Ghost' } });
      const { socket, closed } = await openRaw(syncUrl(server.wsUrl, map.id, map.tokens.viewer));
      socket.send(awarenessFrame(encodeAwarenessUpdate(ghost, [ghost.clientID])));
      await waitFor(() => alice.provider.awareness.getStates().has(ghost.clientID));
      // A laptop lid shut: no close frame, no null state; only the server can clean up.
      socket.terminate();
      await closed;
      await waitFor(() => !alice.provider.awareness.getStates().has(ghost.clientID));
      ghost.destroy();
    } finally {
      alice.destroy();
    }
  });

  it("reaches the others, a viewer's included, and goes when its socket closes", async () => {
    const alice = connectClient(server.wsUrl, map.id, map.tokens.editor);
    const viewer = connectClient(server.wsUrl, map.id, map.tokens.viewer);
    try {
      await Promise.all([alice.synced, viewer.synced]);
      const viewerId = viewer.doc.clientID;
      viewer.provider.awareness.setLocalState({
        user: { id: 'v', name: 'Vera', color: '#123456', role: 'viewer' },
        cursor: { x: 10, y: 20 },
      });
      await waitFor(() => alice.provider.awareness.getStates().get(viewerId)?.cursor?.x === 10);

      alice.provider.awareness.setLocalStateField('user', { name: 'Alice' });
      await waitFor(
        () => viewer.provider.awareness.getStates().get(alice.doc.clientID)?.user?.name === 'Alice',
      );

      // A client joining later gets the current states on connect.
      const late = connectClient(server.wsUrl, map.id, map.tokens.viewer);
      try {
        await waitFor(() => late.provider.awareness.getStates().has(viewerId));
        expect(late.provider.awareness.getStates().get(viewerId)?.user?.name).toBe('Vera');
      } finally {
        late.destroy();
      }

      viewer.destroy();
      await waitFor(() => !alice.provider.awareness.getStates().has(viewerId));
    } finally {
      alice.destroy();
      viewer.destroy();
    }
  });
});
