import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** The map's sync socket URL for a raw client. */
export function syncUrl(wsUrl: string, mapId: string, token?: string): string {
  return token === undefined ? `${wsUrl}/${mapId}` : `${wsUrl}/${mapId}?token=${token}`;
}

/** The HTTP status the server answers an upgrade with, when it refuses to open the socket. */
export function refusedStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('open', () => {
      socket.terminate();
      reject(new Error('the socket opened'));
    });
    socket.on('error', () => {});
  });
}

/** An open raw socket, and the code it is eventually closed with. */
export async function openRaw(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ socket: WebSocket; closed: Promise<number> }> {
  const socket = new WebSocket(url, { headers });
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  // An oversized or refused frame is reported as an error before the close.
  socket.on('error', () => {});
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('unexpected-response', () => reject(new Error('upgrade refused')));
  });
  return { socket, closed };
}

/** A sync message (type 0) with the given sub-type and raw payload bytes. */
export function syncFrame(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** A well-formed update that adds `key` to a map named `raw`. */
export function validUpdate(key: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('raw').set(key, true);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
