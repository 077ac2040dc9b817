import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Role } from '../../auth/roles.ts';
import type { ClientIdHolder, ClientIds } from './ClientIds.ts';
import type { ParticipantHolder, Participants } from './Participants.ts';
import { stampPresence } from './stampPresence.ts';

/** The largest presence one client may have, as JSON; a cursor and a name take ~300 bytes. */
export const MAX_AWARENESS_STATE_BYTES = 16 * 1024;

/** A socket sending presence, as this check needs it. */
export interface AwarenessSender extends ClientIdHolder, ParticipantHolder {
  readonly role: Role;
}

/** What was kept of an awareness update, and what was not (for the log). */
export interface AdmittedAwareness {
  /** The update to apply, re-encoded; null when nothing of it was kept. */
  update: Uint8Array | null;
  /**
   * Entries for client ids another socket holds (or that a viewer may not take), newer than
   * the presence the room has for them: an attempt to change someone else's presence.
   */
  notTheirs: number[];
  /** Entries whose state was larger than the limit. */
  tooLarge: number[];
}

/**
 * Decodes an awareness update completely (throwing on anything malformed, so a bad frame is
 * refused whole) and keeps only the entries the socket may send: for client ids it holds (or
 * may take, see ClientIds), each no larger than the limit, so no one can rename, demote or
 * remove someone else's presence. Each kept presence is stamped by the server: `user.role` is
 * the socket's role whatever the client claimed, and only the owner's presence may carry the
 * facilitator's calls. A presence naming a participant (`user.id`) binds it to the socket.
 * Layout (y-protocols/awareness): count, then per client: clientID, clock, JSON state.
 *
 * `knownClock` gives the clock of the presence the room has for a client id. A stock
 * y-websocket client sends back every presence it hears, so most entries for others' ids are
 * such echoes: no newer than what the room has, they would change nothing, and are dropped
 * without being reported.
 */
export function admitAwareness(
  update: Uint8Array,
  sender: AwarenessSender,
  clientIds: ClientIds,
  participants: Participants,
  knownClock: (clientId: number) => number | undefined = () => undefined,
): AdmittedAwareness {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const kept: Array<{ clientId: number; clock: number; json: string }> = [];
  const notTheirs: number[] = [];
  const tooLarge: number[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const raw = decoding.readVarString(decoder);
    const state: unknown = JSON.parse(raw);
    if (raw.length > MAX_AWARENESS_STATE_BYTES) {
      tooLarge.push(clientId);
      continue;
    }
    if (!clientIds.claim(sender, clientId)) {
      const known = knownClock(clientId);
      if (known === undefined || clock > known) notTheirs.push(clientId);
      continue;
    }
    const stamped = stampPresence(state, sender.role);
    if (stamped !== null && typeof stamped === 'object' && 'user' in stamped) {
      participants.bind(sender, (stamped as { user: unknown }).user);
    }
    kept.push({ clientId, clock, json: JSON.stringify(stamped) });
  }
  if (kept.length === 0) return { update: null, notTheirs, tooLarge };
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const { clientId, clock, json } of kept) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, json);
  }
  return { update: encoding.toUint8Array(encoder), notTheirs, tooLarge };
}
