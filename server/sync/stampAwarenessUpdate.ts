import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Role } from '../auth/roles.ts';

/**
 * Decodes an awareness update completely (throwing on anything malformed, so a bad frame is
 * refused whole) and re-encodes it with each presence stamped by the server: `user.role` is
 * the role of the socket's token, whatever the client claimed, and only the owner's presence
 * may carry the facilitator's calls (`facilitator`: follow me, bring everyone here).
 * Layout (y-protocols/awareness): count, then per client: clientID, clock, JSON state.
 */
export function stampAwarenessUpdate(update: Uint8Array, role: Role): Uint8Array {
  const decoder = decoding.createDecoder(update);
  const encoder = encoding.createEncoder();
  const count = decoding.readVarUint(decoder);
  encoding.writeVarUint(encoder, count);
  for (let i = 0; i < count; i++) {
    encoding.writeVarUint(encoder, decoding.readVarUint(decoder));
    encoding.writeVarUint(encoder, decoding.readVarUint(decoder));
    const state: unknown = JSON.parse(decoding.readVarString(decoder));
    encoding.writeVarString(encoder, JSON.stringify(stamp(state, role)));
  }
  return encoding.toUint8Array(encoder);
}

function stamp(state: unknown, role: Role): unknown {
  // null is a departure; anything else that is not an object carries nothing to stamp.
  if (state === null || typeof state !== 'object' || Array.isArray(state)) return state;
  const stamped: Record<string, unknown> = { ...(state as Record<string, unknown>) };
  const user = stamped.user;
  if (user !== null && typeof user === 'object' && !Array.isArray(user)) {
    stamped.user = { ...(user as Record<string, unknown>), role };
  }
  if (role !== 'owner' && 'facilitator' in stamped) stamped.facilitator = null;
  return stamped;
}
