import { describe, expect, it } from 'vitest';
import { parseServeArgs } from './parseServeArgs.ts';

describe('accord serve arguments', () => {
  it('default to port 1234, ./data and every interface', () => {
    expect(parseServeArgs([], {})).toEqual({
      kind: 'serve',
      options: { port: 1234, dataDir: './data', host: '0.0.0.0', sqliteSync: 'normal' },
    });
  });

  it('take PORT and DATA_DIR from the environment, flags winning', () => {
    const env = { PORT: '8080', DATA_DIR: '/srv/accord' };
    expect(parseServeArgs([], env)).toMatchObject({
      options: { port: 8080, dataDir: '/srv/accord' },
    });
    expect(parseServeArgs(['--port', '9000', '--data', 'x'], env)).toMatchObject({
      options: { port: 9000, dataDir: 'x' },
    });
  });

  it('explain a bad port, an unknown flag or a stray argument', () => {
    expect(parseServeArgs(['--port', 'abc'], {})).toEqual({
      kind: 'error',
      message: '--port must be a number',
    });
    expect(parseServeArgs(['--port', '70000'], {})).toMatchObject({ kind: 'error' });
    expect(parseServeArgs(['--port', '1.5'], {})).toMatchObject({ kind: 'error' });
    expect(parseServeArgs(['--nope'], {})).toMatchObject({ kind: 'error' });
    expect(parseServeArgs(['extra'], {})).toMatchObject({ kind: 'error' });
    expect(parseServeArgs(['--data', ' '], {})).toMatchObject({
      kind: 'error',
      message: '--data must not be empty',
    });
  });

  it('take the stores from the environment, and explain a wrong one', () => {
    const env = {
      DATABASE_URL: 'postgres://db.example/accord',
      REDIS_URL: 'redis://cache.example:6379',
      SQLITE_SYNC: 'full',
    };
    expect(parseServeArgs([], env)).toMatchObject({
      options: {
        databaseUrl: 'postgres://db.example/accord',
        redisUrl: 'redis://cache.example:6379',
        sqliteSync: 'full',
      },
    });
    expect(parseServeArgs([], { DATABASE_URL: 'mysql://x' })).toEqual({
      kind: 'error',
      message: 'DATABASE_URL must start with postgres://',
    });
    expect(parseServeArgs([], { REDIS_URL: 'redis://cache.example:6379' })).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/^REDIS_URL needs DATABASE_URL/),
    });
    expect(parseServeArgs([], { SQLITE_SYNC: 'off' })).toEqual({
      kind: 'error',
      message: 'SQLITE_SYNC must be normal or full',
    });
  });

  it('ask for help with -h', () => {
    expect(parseServeArgs(['-h'], {})).toEqual({ kind: 'help' });
  });
});
