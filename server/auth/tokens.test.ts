import { describe, expect, it } from 'vitest';
import type { MapRecord } from '../store/DocStore.ts';
import { hashToken, newMapTokens, newToken, resolveToken } from './tokens.ts';

describe('map tokens', () => {
  it('are 32 URL-safe characters (24 random bytes) and all different', () => {
    const tokens = new Set(Array.from({ length: 50 }, newToken));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('are stored as sha256 hashes, never as themselves', () => {
    const { tokens, hashes } = newMapTokens();
    expect(hashes.owner).toBe(hashToken(tokens.owner));
    expect(hashes.owner).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.values(hashes)).not.toContain(tokens.owner);
  });

  it('resolve to the role they were made for, and nothing else does', () => {
    const { tokens, hashes } = newMapTokens();
    const map: MapRecord = { id: 'abcdefgh', title: 't', createdAt: 'now', tokenHashes: hashes };
    expect(resolveToken(map, tokens.owner)).toEqual({ role: 'owner', tokenHash: hashes.owner });
    expect(resolveToken(map, tokens.editor)?.role).toBe('editor');
    expect(resolveToken(map, tokens.viewer)?.role).toBe('viewer');
    expect(resolveToken(map, `${tokens.owner}x`)).toBeUndefined();
    expect(resolveToken(map, '')).toBeUndefined();
  });
});
