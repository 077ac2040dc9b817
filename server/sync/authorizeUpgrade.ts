import type { IncomingMessage } from 'node:http';
import { isId } from '../../shared/model/ids.ts';
import type { Role } from '../auth/roles.ts';
import { tokenFromRequest } from '../auth/tokenFromRequest.ts';
import { resolveToken } from '../auth/tokens.ts';
import type { DocStore } from '../store/DocStore.ts';

/** The path prefix of the sync socket: `/sync/<mapId>`. */
export const SYNC_PATH = '/sync/';

/** Who may open the socket, or the HTTP refusal to answer the upgrade with. */
export type UpgradeDecision =
  | {
      ok: true;
      mapId: string;
      role: Role;
      tokenHash: string;
      /** The client says its doc holds nothing yet (`?holds=nothing`): see Room.add. */
      holdsNothing: boolean;
    }
  | { ok: false; status: 400 | 401 | 403 | 404; code: string; message: string };

/** Checks the room id and the token of a sync upgrade, before any socket is opened. */
export async function authorizeUpgrade(
  req: IncomingMessage,
  store: DocStore,
): Promise<UpgradeDecision> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(SYNC_PATH)) {
    return { ok: false, status: 404, code: 'not_found', message: 'No such socket.' };
  }
  const mapId = url.pathname.slice(SYNC_PATH.length);
  if (!isId(mapId)) {
    return { ok: false, status: 400, code: 'invalid_id', message: 'That is not a map id.' };
  }
  const token = tokenFromRequest(req, url);
  if (!token) {
    return { ok: false, status: 401, code: 'missing_token', message: 'A token is required.' };
  }
  const map = await store.getMap(mapId);
  if (!map) return { ok: false, status: 404, code: 'not_found', message: 'No such map.' };
  const resolved = resolveToken(map, token);
  if (!resolved) {
    return {
      ok: false,
      status: 403,
      code: 'wrong_token',
      message: 'That token does not open this map.',
    };
  }
  return {
    ok: true,
    mapId,
    ...resolved,
    holdsNothing: url.searchParams.get('holds') === 'nothing',
  };
}
