import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { MapRecord } from '../store/DocStore.ts';
import { ROLES, type Role } from './roles.ts';

/**
 * A map's token for one role: the HMAC (sha256) of (map id, role, generation) under the
 * server's secret, 24 bytes of it (192 bits), URL-safe. The server can make it again to show
 * the owner the links; rotating a link bumps its generation, which makes a different token.
 */
export function deriveToken(secret: Buffer, mapId: string, role: Role, generation: number): string {
  return createHmac('sha256', secret)
    .update(`accord-link:v1:${mapId}:${role}:${generation}`, 'utf8')
    .digest()
    .subarray(0, 24)
    .toString('base64url');
}

/** The sha256 (hex) of a token: what the store keeps instead of the token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new map's token for each role (generation 0), with the hashes to store. */
export function newMapTokens(
  secret: Buffer,
  mapId: string,
): { tokens: Record<Role, string>; hashes: Record<Role, string> } {
  const tokens = {
    owner: deriveToken(secret, mapId, 'owner', 0),
    editor: deriveToken(secret, mapId, 'editor', 0),
    viewer: deriveToken(secret, mapId, 'viewer', 0),
  };
  const hashes = {
    owner: hashToken(tokens.owner),
    editor: hashToken(tokens.editor),
    viewer: hashToken(tokens.viewer),
  };
  return { tokens, hashes };
}

/**
 * The current token of each role, when the server can make it again: null for a link made
 * before links could be shown again (or under another secret), until it is rotated.
 */
export function currentTokens(secret: Buffer, map: MapRecord): Record<Role, string | null> {
  const tokens = { owner: null, editor: null, viewer: null } as Record<Role, string | null>;
  for (const role of ROLES) {
    const token = deriveToken(secret, map.id, role, map.generations[role]);
    if (hashToken(token) === map.tokenHashes[role]) tokens[role] = token;
  }
  return tokens;
}

/** A token that has been matched to a role on one map. */
export interface ResolvedToken {
  role: Role;
  tokenHash: string;
}

/**
 * The role a token grants on a map, or undefined. Every role's hash is compared, in constant
 * time, so neither the timing nor the number of comparisons tells which one matched.
 */
export function resolveToken(map: MapRecord, token: string): ResolvedToken | undefined {
  const presented = Buffer.from(hashToken(token), 'hex');
  let match: Role | undefined;
  for (const role of ROLES) {
    const stored = Buffer.from(map.tokenHashes[role], 'hex');
    const equal = stored.length === presented.length && timingSafeEqual(stored, presented);
    if (equal && match === undefined) match = role;
  }
  return match === undefined ? undefined : { role: match, tokenHash: presented.toString('hex') };
}
