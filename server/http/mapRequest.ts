import type { IncomingMessage, ServerResponse } from 'node:http';
import { isId } from '../../shared/model/ids.ts';
import type { Role } from '../auth/roles.ts';
import { tokenFromRequest } from '../auth/tokenFromRequest.ts';
import { resolveToken } from '../auth/tokens.ts';
import type { MapRecord } from '../store/DocStore.ts';
import { HttpError } from './HttpError.ts';
import type { VersionsContext } from './versionsRoutes.ts';

/** A request under /api/maps/:id/…, its right to the map already checked. */
export interface MapRequest {
  req: IncomingMessage;
  res: ServerResponse;
  context: VersionsContext;
  url: URL;
  map: MapRecord;
  role: Role;
  /** The path's named parts after the map id (`kind`, `version`, `role`). */
  params: Readonly<Record<string, string>>;
}

/** What one method of a map route does, and whom it admits. */
export interface MapHandler {
  run: (request: MapRequest) => Promise<void>;
  /** Only the owner may: what they may do, for the refusal ("… can save versions"). */
  ownerOnly?: string;
}

/**
 * Checks a request's right to a map, in the same order as the sync socket: id, then token
 * present, then map, then token right. Any role may read.
 */
export async function authorizeMap(
  req: IncomingMessage,
  context: VersionsContext,
  url: URL,
  mapId: string,
): Promise<{ map: MapRecord; role: Role }> {
  if (!isId(mapId)) throw new HttpError('invalid_id', 'That is not a map id.');
  const token = tokenFromRequest(req, url);
  if (!token) throw new HttpError('missing_token', 'A token is required.');
  const map = await context.store.getMap(mapId);
  if (!map) throw new HttpError('not_found', 'No such map.');
  const resolved = resolveToken(map, token);
  if (!resolved) throw new HttpError('wrong_token', 'That token does not open this map.');
  return { map, role: resolved.role };
}

/** Refuses (403 forbidden) anyone but the map's owner. */
export function requireOwner(role: Role, action: string): void {
  if (role !== 'owner') throw new HttpError('forbidden', `Only the map's owner can ${action}.`);
}
