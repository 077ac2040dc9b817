import type { Role } from '../../auth/roles.ts';

/**
 * Stamps one presence with what the server knows: `user.role` is the role of the socket's
 * token, whatever the client claimed, and only the owner's presence may carry the
 * facilitator's calls (`facilitator`: follow me, bring everyone here).
 */
export function stampPresence(state: unknown, role: Role): unknown {
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
