import { describe, expect, it } from 'vitest';
import type { MapRecord } from '../store/DocStore.ts';
import { currentTokens, deriveToken, hashToken, newMapTokens, resolveToken } from './tokens.ts';

const secret = Buffer.alloc(32, 7);
const otherSecret = Buffer.alloc(32, 8);

function record(
  hashes: MapRecord['tokenHashes'],
  generations = { owner: 0, editor: 0, viewer: 0 },
) {
  return { id: 'abcdefgh', title: 't', createdAt: 'now', tokenHashes: hashes, generations };
}

describe('map tokens', () => {
  it('are 32 URL-safe characters, different per map, role and generation', () => {
    const tokens = new Set([
      deriveToken(secret, 'abcdefgh', 'owner', 0),
      deriveToken(secret, 'abcdefgh', 'editor', 0),
      deriveToken(secret, 'abcdefgh', 'editor', 1),
      deriveToken(secret, 'bcdefghi', 'editor', 0),
      deriveToken(otherSecret, 'abcdefgh', 'editor', 0),
    ]);
    expect(tokens.size).toBe(5);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(deriveToken(secret, 'abcdefgh', 'owner', 0)).toBe(
      deriveToken(secret, 'abcdefgh', 'owner', 0),
    );
  });

  it('are stored as sha256 hashes, never as themselves', () => {
    const { tokens, hashes } = newMapTokens(secret, 'abcdefgh');
    expect(hashes.owner).toBe(hashToken(tokens.owner));
    expect(hashes.owner).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.values(hashes)).not.toContain(tokens.owner);
  });

  it('resolve to the role they were made for, and nothing else does', () => {
    const { tokens, hashes } = newMapTokens(secret, 'abcdefgh');
    const map: MapRecord = record(hashes);
    expect(resolveToken(map, tokens.owner)).toEqual({ role: 'owner', tokenHash: hashes.owner });
    expect(resolveToken(map, tokens.editor)?.role).toBe('editor');
    expect(resolveToken(map, tokens.viewer)?.role).toBe('viewer');
    expect(resolveToken(map, `${tokens.owner}x`)).toBeUndefined();
    expect(resolveToken(map, '')).toBeUndefined();
  });

  it('can be made again for the owner, unless they come from elsewhere', () => {
    const { tokens, hashes } = newMapTokens(secret, 'abcdefgh');
    expect(currentTokens(secret, record(hashes))).toEqual(tokens);
    // Another secret (a lost secret file) or a random token of old: not shown, still valid.
    expect(currentTokens(otherSecret, record(hashes))).toEqual({
      owner: null,
      editor: null,
      viewer: null,
    });
    const rotated = { ...hashes, viewer: hashToken(deriveToken(secret, 'abcdefgh', 'viewer', 3)) };
    expect(currentTokens(secret, record(rotated, { owner: 0, editor: 0, viewer: 3 })).viewer).toBe(
      deriveToken(secret, 'abcdefgh', 'viewer', 3),
    );
  });
});
