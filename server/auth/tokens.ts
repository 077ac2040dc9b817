import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MapRecord } from '../store/DocStore.ts';
import { ROLES, type Role } from './roles.ts';

/** A new secret token: 24 random bytes (192 bits), URL-safe. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** The sha256 (hex) of a token: what the store keeps instead of the token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A fresh token for each role, with the hashes to store. */
export function newMapTokens(): { tokens: Record<Role, string>; hashes: Record<Role, string> } {
  const tokens = { owner: newToken(), editor: newToken(), viewer: newToken() };
  const hashes = {
    owner: hashToken(tokens.owner),
    editor: hashToken(tokens.editor),
    viewer: hashToken(tokens.viewer),
  };
  return { tokens, hashes };
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
