import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../test/helpers/memoryStorage.ts';
import {
  forgetRecentMap,
  MAX_RECENT_MAPS,
  mapHref,
  recentMaps,
  rememberRecentMap,
} from './recentMaps.ts';
import { forgetMapInfo, rememberMapInfo } from './rememberedMapInfo.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 10, minute));

function opened(storage: Storage, id: string, token: string, title: string, minute: number) {
  rememberMapInfo(storage, token, { id, title, role: 'owner', createdAt: at(0).toISOString() });
  rememberRecentMap(storage, id, token, at(minute));
}

describe('recentMaps', () => {
  it('lists the maps opened here, most recent first, with their link and last title', () => {
    const storage = memoryStorage();
    opened(storage, 'map0000000001', 'owner-token-1', 'Leeds', 1);
    opened(storage, 'map0000000002', 'editor-token-2', 'Bradford', 2);
    opened(storage, 'map0000000001', 'owner-token-1', 'Leeds place partnership', 3);
    const maps = recentMaps(storage);
    expect(maps.map((map) => map.title)).toEqual(['Leeds place partnership', 'Bradford']);
    expect(maps[0]?.href).toBe('/m/map0000000001#token=owner-token-1');
    expect(maps[0]?.openedAt).toBe(at(3).toISOString());
  });

  it('leaves out a link whose map info was forgotten, and forgets on request', () => {
    const storage = memoryStorage();
    opened(storage, 'map0000000001', 'owner-token-1', 'Leeds', 1);
    opened(storage, 'map0000000002', 'owner-token-2', 'Bradford', 2);
    forgetMapInfo(storage, 'map0000000002', 'owner-token-2');
    expect(recentMaps(storage).map((map) => map.title)).toEqual(['Leeds']);
    forgetRecentMap(storage, 'map0000000001', 'owner-token-1');
    expect(recentMaps(storage)).toEqual([]);
  });

  it('keeps a bounded list and survives what it cannot read', () => {
    const storage = memoryStorage();
    for (let i = 0; i < MAX_RECENT_MAPS + 5; i++) {
      opened(storage, `map${String(i).padStart(10, '0')}`, `token-${i}`, `Map ${i}`, i);
    }
    expect(recentMaps(storage)).toHaveLength(MAX_RECENT_MAPS);
    storage.setItem('accord:recent-maps', '{not json');
    expect(recentMaps(storage)).toEqual([]);
    storage.setItem('accord:recent-maps', JSON.stringify([{ id: 3 }]));
    expect(recentMaps(storage)).toEqual([]);
  });

  it('escapes what goes into the address', () => {
    expect(mapHref('map0000000001', 'a b&c')).toBe('/m/map0000000001#token=a%20b%26c');
  });
});
