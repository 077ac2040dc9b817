import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { binaryFrame } from './binaryFrame.ts';
import { updateFrame, updateMessage } from './protocol.ts';

/** A server that writes the frame for `/<length>` to the socket's stream itself, as Connection does. */
const server = createServer();
const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
server.on('upgrade', (req, socket, head) => {
  const length = Number(req.url?.slice(1));
  wss.handleUpgrade(req, socket, head, () => socket.write(binaryFrame(pattern(length))));
});

function pattern(length: number): Uint8Array {
  const message = new Uint8Array(length);
  for (let i = 0; i < length; i++) message[i] = (i * 7) % 256;
  return message;
}

/** The first message a stock ws client hears. */
function firstMessage(length: number): Promise<{ data: Buffer; isBinary: boolean }> {
  const { port } = server.address() as AddressInfo;
  const client = new WebSocket(`ws://127.0.0.1:${port}/${length}`);
  return new Promise((resolve, reject) => {
    client.once('message', (data: Buffer, isBinary: boolean) => {
      client.close();
      resolve({ data, isBinary });
    });
    client.once('error', reject);
  });
}

beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('binaryFrame', () => {
  it.each([0, 1, 125, 126, 65_535, 65_536, 200_000])(
    'frames a %i-byte message as a ws client reads it',
    async (length) => {
      const { data, isBinary } = await firstMessage(length);
      expect(isBinary).toBe(true);
      expect(data.length).toBe(length);
      expect(Buffer.compare(data, pattern(length))).toBe(0);
    },
  );

  it('copies the message: changing it afterwards leaves the frame alone', () => {
    const message = Uint8Array.of(0, 2, 1, 9);
    const frame = binaryFrame(message);
    message[3] = 0;
    expect([...frame]).toEqual([0x82, 4, 0, 2, 1, 9]);
  });

  // Around each length where the frame's header or the payload's varUint grows a byte.
  it.each([
    0, 1, 121, 122, 123, 124, 127, 128, 16_383, 16_384, 65_530, 65_531, 65_532, 65_533, 2_097_151,
    2_097_152,
  ])(
    'frames a %i-byte update with its sync header exactly as binaryFrame(updateMessage(update))',
    (length) => {
      const update = pattern(length);
      const { message, frame } = updateFrame(update);
      const expected = updateMessage(update);
      expect(Buffer.compare(Buffer.from(message), Buffer.from(expected))).toBe(0);
      expect(Buffer.compare(frame, binaryFrame(expected))).toBe(0);
      // The message is the frame's own payload, not a copy.
      expect(message.buffer).toBe(frame.buffer);
      expect(message.byteOffset + message.byteLength).toBe(frame.byteOffset + frame.length);
    },
  );
});
