import * as decoding from 'lib0/decoding';

/** [messageType, syncType] of a y-websocket frame: [0, 1] is a sync step 2, [0, 2] an update. */
export function kindOf(frame: Uint8Array): [number, number] {
  const decoder = decoding.createDecoder(frame);
  return [decoding.readVarUint(decoder), decoding.readVarUint(decoder)];
}

/** The update a sync step 2 or update frame carries. */
export function payloadOf(frame: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(frame);
  decoding.readVarUint(decoder);
  decoding.readVarUint(decoder);
  return decoding.readVarUint8Array(decoder);
}
