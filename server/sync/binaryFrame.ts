/**
 * A binary WebSocket message as the one frame a server writes for it (RFC 6455 §5.2: FIN,
 * opcode 2, unmasked, the length in 7, 16 or 64 bits). A broadcast is framed once and the
 * same bytes are written to every socket it reaches, instead of ws building a header, an
 * options object and a two-chunk write for each socket (about a fifth of a broadcast's CPU).
 */
export function binaryFrame(message: Uint8Array): Buffer {
  const length = message.byteLength;
  const header = length < 126 ? 2 : length < 0x10000 ? 4 : 10;
  const frame = Buffer.allocUnsafe(header + length);
  frame[0] = 0x82;
  if (header === 2) {
    frame[1] = length;
  } else if (header === 4) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  frame.set(message, header);
  return frame;
}
