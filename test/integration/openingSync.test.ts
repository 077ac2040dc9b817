import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { mapDoc, renameNode } from '../../shared/ydoc/index.ts';
import { frames } from '../helpers/rawClient.ts';
import { testSession } from '../helpers/session.ts';
import { waitFor } from '../helpers/startServer.ts';
import { kindOf, payloadOf } from '../helpers/syncFrames.ts';
import { labels } from './docs.ts';

const { server, client } = testSession();
const TEMPLATE = 'collaborative-joint-committee';
const origin = { kind: 'local', participantId: 'early' } as const;

const sockets: WebSocket[] = [];
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.terminate();
});

const isStep2 = (frame: Uint8Array) => kindOf(frame).join() === '0,1';

/**
 * A socket to a map nobody has open, whose client says it holds nothing, with every frame the
 * server sends it in order. It sends nothing itself until told.
 */
async function joinHoldingNothing(wsUrl: string, mapId: string, token: string) {
  const socket = new WebSocket(`${wsUrl}/${mapId}?token=${token}&holds=nothing`);
  sockets.push(socket);
  const heard: Uint8Array[] = [];
  socket.on('message', (data: Buffer) => heard.push(new Uint8Array(data)));
  socket.on('error', () => {});
  await once(socket, 'open');
  await waitFor(() => heard.length > 0, 10_000, 'a first frame');
  return { socket, heard };
}

/** An edit made on a copy of the doc a joiner was sent, as its own client would send it. */
function renamedOn(copy: Y.Doc, id: string, label: string): Uint8Array {
  const made: Uint8Array[] = [];
  const record = (update: Uint8Array) => made.push(update);
  copy.on('update', record);
  renameNode(copy, origin, id, label);
  copy.off('update', record);
  return Y.mergeUpdates(made);
}

describe('opening a map that is not loaded', () => {
  it('sends a joiner that holds nothing the stored doc first, then only what the doc gained', async () => {
    const s = await server();
    const map = await s.createMap('Opening', TEMPLATE);
    const joiner = await joinHoldingNothing(s.wsUrl, map.id, map.tokens.editor);
    // Before any question from it: the whole map, as stored.
    expect(kindOf(joiner.heard[0] as Uint8Array)).toEqual([0, 1]);
    const early = new Y.Doc();
    Y.applyUpdate(early, payloadOf(joiner.heard[0] as Uint8Array));

    // Its step 1, as a y-websocket client sends it on opening (holding nothing then).
    joiner.socket.send(frames.sync(0, Y.encodeStateVector(new Y.Doc())));
    await waitFor(() => joiner.heard.filter(isStep2).length === 2, 10_000, 'the answer');
    const answer = joiner.heard.filter(isStep2)[1] as Uint8Array;
    expect(Y.decodeUpdate(payloadOf(answer)).structs).toEqual([]);
    Y.applyUpdate(early, payloadOf(answer));

    const honest = await client(s, map.id, map.tokens.viewer);
    expect(labels(early).length).toBeGreaterThan(3);
    expect(labels(early)).toEqual(labels(honest.doc));
    expect(mapDoc(early).edges.size).toBe(mapDoc(honest.doc).edges.size);
    expect(mapDoc(early).meta.get('title')).toBe('Opening');
  });

  it('guards and stores what joiners change on the copy they were sent early', async () => {
    const first = await server();
    const map = await first.createMap('Guarded', TEMPLATE);
    const editor = await joinHoldingNothing(first.wsUrl, map.id, map.tokens.editor);
    const viewer = await joinHoldingNothing(first.wsUrl, map.id, map.tokens.viewer);
    // The viewer may find the room loaded already: it then asks, as its client would.
    const copyOf = async ({ socket, heard }: typeof editor) => {
      if (!heard.some(isStep2)) socket.send(frames.sync(0, Y.encodeStateVector(new Y.Doc())));
      await waitFor(() => heard.some(isStep2), 10_000, 'the doc');
      const copy = new Y.Doc();
      Y.applyUpdate(copy, payloadOf(heard.find(isStep2) as Uint8Array));
      return copy;
    };
    const editorCopy = await copyOf(editor);
    const viewerCopy = await copyOf(viewer);
    const [mine, theirs] = mapDoc(editorCopy).nodes.keys();
    if (!mine || !theirs) throw new Error('template too small');
    editor.socket.send(frames.sync(2, renamedOn(editorCopy, mine, 'Renamed early')));
    viewer.socket.send(frames.sync(2, renamedOn(viewerCopy, theirs, 'A viewer was here')));

    const witness = await client(first, map.id, map.tokens.owner);
    await waitFor(() => labels(witness.doc).includes('Renamed early'), 10_000, 'the rename');
    expect(labels(witness.doc)).not.toContain('A viewer was here');
    for (const socket of sockets) socket.terminate();
    await first.stop();

    // Stored, not only broadcast.
    const second = await server({ dataDir: first.dataDir });
    const reader = await client(second, map.id, map.tokens.viewer);
    expect(labels(reader.doc)).toContain('Renamed early');
    expect(labels(reader.doc)).not.toContain('A viewer was here');
  });

  it('greets a joiner that does not say it holds nothing as before', async () => {
    const s = await server();
    const map = await s.createMap('Asked', TEMPLATE);
    const socket = new WebSocket(`${s.wsUrl}/${map.id}?token=${map.tokens.editor}`);
    sockets.push(socket);
    const heard: Uint8Array[] = [];
    socket.on('message', (data: Buffer) => heard.push(new Uint8Array(data)));
    await once(socket, 'open');
    await waitFor(() => heard.length > 0, 10_000, 'a first frame');
    // The server's own step 1: it sends the doc only when asked.
    expect(kindOf(heard[0] as Uint8Array)).toEqual([0, 0]);
  });
});
