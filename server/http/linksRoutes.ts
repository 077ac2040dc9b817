import type { IncomingMessage } from 'node:http';
import { ROLES, type Role } from '../auth/roles.ts';
import { currentTokens, deriveToken, hashToken } from '../auth/tokens.ts';
import type { MapRecord } from '../store/DocStore.ts';
import { CLOSE_TOKEN_REVOKED } from '../sync/closeCodes.ts';
import { HttpError } from './HttpError.ts';
import { linkHost, mapLink } from './mapLinks.ts';
import type { MapRequest } from './mapRequest.ts';
import type { MapsContext } from './mapsRoutes.ts';
import { sendJson } from './respond.ts';

/** The roles whose links the owner may rotate: the owner's own link is not among them. */
const ROTATABLE: readonly Role[] = ['editor', 'viewer'];

function linksOf(
  req: IncomingMessage,
  context: MapsContext,
  map: MapRecord,
): Record<Role, string | null> {
  const tokens = currentTokens(context.secret, map);
  const host = linkHost(req, context.fallbackHost);
  const links = { owner: null, editor: null, viewer: null } as Record<Role, string | null>;
  for (const role of ROLES) {
    const token = tokens[role];
    links[role] = token === null ? null : mapLink(host, map.id, token);
  }
  return links;
}

/**
 * GET /api/maps/:id/links (owner) -> {links: {owner, editor, viewer}}; a link is null when
 * it was made before links could be shown again (rotating it makes one that can).
 */
export async function getLinks({ req, res, context, map }: MapRequest): Promise<void> {
  sendJson(res, 200, { links: linksOf(req, context, map) });
}

/**
 * POST /api/maps/:id/links/:role/rotate (owner; editor or viewer) -> {links}. The old token is
 * refused from now on, and every socket still open with it is closed (4403), on every process;
 * `disconnected` counts them all.
 */
export async function postRotate({ req, res, context, map, params }: MapRequest): Promise<void> {
  const roleParam = params.role ?? '';
  const target = ROTATABLE.find((r) => r === roleParam);
  if (!target) {
    throw new HttpError(
      'invalid_body',
      `Only the editor and viewer links can be rotated, not “${roleParam}”.`,
    );
  }
  const generation = map.generations[target] + 1;
  const oldHash = map.tokenHashes[target];
  const tokenHash = hashToken(deriveToken(context.secret, map.id, target, generation));
  await context.store.rotateToken(map.id, target, generation, tokenHash);
  const closed = await context.rooms.closeToken(
    map.id,
    oldHash,
    CLOSE_TOKEN_REVOKED,
    'link revoked',
  );
  const rotated: MapRecord = {
    ...map,
    tokenHashes: { ...map.tokenHashes, [target]: tokenHash },
    generations: { ...map.generations, [target]: generation },
  };
  sendJson(res, 200, { links: linksOf(req, context, rotated), disconnected: closed });
}
