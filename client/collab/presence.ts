import type { Awareness } from 'y-protocols/awareness';
import type { Position } from '../../shared/ydoc/schema.ts';
import type { Role } from '../app/api.ts';
import type { Identity } from './identity.ts';

/** What each participant shares through awareness (docs/workshops.md, "Presence (awareness)"). */
export interface PresenceState {
  user: Identity & { role: Role };
  cursor: Position | null;
  selection: string[];
  dragging: Record<string, Position>;
  /** Where this participant is looking: React Flow's viewport and the pane's size in px. */
  viewport: SharedViewport | null;
  /**
   * The facilitator's calls to the room (owner only: the server strips it from anyone else's
   * presence). `followMe` asks everyone to follow this viewport until they move themselves;
   * `summonAt` changes each time they "bring everyone to my view".
   */
  facilitator: FacilitatorCall | null;
}

/** A viewport others can follow: pan, zoom, and the size of the pane it was seen in. */
export interface SharedViewport {
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
}

/** What the facilitator asks of everyone's view. */
export interface FacilitatorCall {
  followMe: boolean;
  summonAt: number | null;
}

/** Another participant, as seen through awareness. */
export interface Peer extends PresenceState {
  clientId: number;
  isSelf: boolean;
}

/** Publishes this participant's identity with an empty cursor, selection and drag. */
export function announce(awareness: Awareness, user: PresenceState['user']): void {
  const state: PresenceState = {
    user,
    cursor: null,
    selection: [],
    dragging: {},
    viewport: null,
    facilitator: null,
  };
  awareness.setLocalState(state);
}

/** Shares one field of this participant's presence. */
export function sharePresence<K extends keyof PresenceState>(
  awareness: Awareness,
  field: K,
  value: PresenceState[K],
): void {
  awareness.setLocalStateField(field, value);
}

function isPresence(state: unknown): state is PresenceState {
  if (!state || typeof state !== 'object') return false;
  const user = (state as { user?: unknown }).user;
  return (
    !!user &&
    typeof user === 'object' &&
    typeof (user as Identity).name === 'string' &&
    typeof (user as Identity).color === 'string'
  );
}

/** Everyone present, this participant first; malformed states from others are skipped. */
export function readPeers(awareness: Awareness): Peer[] {
  const peers: Peer[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    if (!isPresence(state)) continue;
    peers.push({
      clientId,
      isSelf: clientId === awareness.clientID,
      user: state.user,
      cursor: state.cursor ?? null,
      selection: Array.isArray(state.selection) ? state.selection : [],
      dragging: state.dragging && typeof state.dragging === 'object' ? state.dragging : {},
      viewport: state.viewport ?? null,
      facilitator: state.user.role === 'owner' ? (state.facilitator ?? null) : null,
    });
  }
  return peers.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.clientId - b.clientId);
}
