import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../test/helpers/memoryStorage.ts';
import type { MapInfo } from '../app/api.ts';
import {
  forgetMapInfo,
  recallMapInfo,
  rememberMapInfo,
  tokenFingerprint,
} from './rememberedMapInfo.ts';

const info: MapInfo = {
  id: 'map0000000001',
  title: 'Leeds place partnership',
  role: 'editor',
  createdAt: '2025-01-02T03:04:05.000Z',
};

describe('remembered map info', () => {
  it('gives back what was kept for the same map and link', () => {
    const storage = memoryStorage();
    rememberMapInfo(storage, 'editor-token', info);
    expect(recallMapInfo(storage, info.id, 'editor-token')).toEqual(info);
  });

  it('keeps each link apart, so each reopens in its own role', () => {
    const storage = memoryStorage();
    rememberMapInfo(storage, 'editor-token', info);
    rememberMapInfo(storage, 'viewer-token', { ...info, role: 'viewer' });
    expect(recallMapInfo(storage, info.id, 'viewer-token')?.role).toBe('viewer');
    expect(recallMapInfo(storage, info.id, 'editor-token')?.role).toBe('editor');
    expect(recallMapInfo(storage, info.id, 'another-token')).toBeNull();
    expect(recallMapInfo(storage, 'map0000000002', 'editor-token')).toBeNull();
  });

  it('never stores the token itself', () => {
    const storage = memoryStorage();
    rememberMapInfo(storage, 'secret-token-value', info);
    const key = storage.key(0) ?? '';
    expect(key).not.toContain('secret-token-value');
    expect(storage.getItem(key)).not.toContain('secret-token-value');
    expect(tokenFingerprint('a')).not.toBe(tokenFingerprint('b'));
  });

  it('forgets a link that no longer works', () => {
    const storage = memoryStorage();
    rememberMapInfo(storage, 'editor-token', info);
    forgetMapInfo(storage, info.id, 'editor-token');
    expect(recallMapInfo(storage, info.id, 'editor-token')).toBeNull();
  });

  it('ignores what does not parse', () => {
    const storage = memoryStorage();
    rememberMapInfo(storage, 'editor-token', info);
    const key = storage.key(0) ?? '';
    storage.setItem(key, '{not json');
    expect(recallMapInfo(storage, info.id, 'editor-token')).toBeNull();
    storage.setItem(key, JSON.stringify({ ...info, role: 'admin' }));
    expect(recallMapInfo(storage, info.id, 'editor-token')).toBeNull();
  });

  it('carries on when storage refuses', () => {
    const broken = memoryStorage();
    broken.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    broken.getItem = () => {
      throw new Error('SecurityError');
    };
    expect(() => rememberMapInfo(broken, 'editor-token', info)).not.toThrow();
    expect(recallMapInfo(broken, info.id, 'editor-token')).toBeNull();
  });
});
