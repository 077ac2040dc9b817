import type { Awareness } from 'y-protocols/awareness';
import { type Following, parseFollowing } from './followState.ts';

/**
 * The presence field that says whom a participant follows. It sits beside the fields of
 * PresenceState (client/collab/presence.ts) and is read here, so the participant list can
 * show who follows whom and followers can avoid following round in a loop.
 */
export const FOLLOWING_FIELD = 'following';

/** Tells everyone whom this participant follows (null: no one). */
export function shareFollowing(awareness: Awareness, following: Following | null): void {
  const current = parseFollowing(awareness.getLocalState()?.[FOLLOWING_FIELD]);
  if (current?.clientId === following?.clientId && current?.byCall === following?.byCall) return;
  awareness.setLocalStateField(FOLLOWING_FIELD, following);
}

/** Whom each participant present follows, by client id; malformed values count as no one. */
export function readFollowing(awareness: Awareness): Map<number, Following> {
  const following = new Map<number, Following>();
  for (const [clientId, state] of awareness.getStates()) {
    const value = parseFollowing((state as Record<string, unknown> | null)?.[FOLLOWING_FIELD]);
    if (value) following.set(clientId, value);
  }
  return following;
}
