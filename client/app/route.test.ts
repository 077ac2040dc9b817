import { describe, expect, it } from 'vitest';
import { parseRoute } from './route.ts';

describe('parseRoute', () => {
  it('reads the home page', () => {
    expect(parseRoute('/', '')).toEqual({ kind: 'home' });
  });

  it('reads a map link with its token from the fragment', () => {
    expect(parseRoute('/m/abcDEF12345', '#token=s3cr-et_')).toEqual({
      kind: 'map',
      mapId: 'abcDEF12345',
      token: 's3cr-et_',
    });
    expect(parseRoute('/m/abcDEF12345/', '')).toEqual({
      kind: 'map',
      mapId: 'abcDEF12345',
      token: null,
    });
  });

  it('refuses map ids that are not ids', () => {
    expect(parseRoute('/m/..%2Fetc', '')).toEqual({ kind: 'not-found' });
    expect(parseRoute('/m/short', '')).toEqual({ kind: 'not-found' });
    expect(parseRoute('/elsewhere', '')).toEqual({ kind: 'not-found' });
  });
});
