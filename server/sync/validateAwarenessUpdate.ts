import * as decoding from 'lib0/decoding';

/**
 * Decodes an awareness update completely, throwing on anything malformed, so a bad frame is
 * refused whole instead of being applied up to the client where it breaks.
 * Layout (y-protocols/awareness): count, then per client: clientID, clock, JSON state.
 */
export function validateAwarenessUpdate(update: Uint8Array): void {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    JSON.parse(decoding.readVarString(decoder));
  }
}
