import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningAccord, startAccord } from '../../server/app.ts';
import { silentLogger } from '../../server/log.ts';

let dir: string;
let app: RunningAccord;
let unbuilt: RunningAccord;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'accord-static-'));
  const clientDir = path.join(dir, 'client');
  mkdirSync(path.join(clientDir, 'assets'), { recursive: true });
  writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Accord</title>');
  writeFileSync(path.join(clientDir, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(path.join(clientDir, 'favicon.svg'), '<svg/>');
  writeFileSync(path.join(dir, 'secret.txt'), 'outside the client');
  const common = { port: 0, host: '127.0.0.1', log: silentLogger };
  app = await startAccord({ ...common, dataDir: path.join(dir, 'data'), clientDir });
  unbuilt = await startAccord({
    ...common,
    dataDir: path.join(dir, 'data2'),
    clientDir: path.join(dir, 'missing'),
  });
});

afterAll(async () => {
  await app?.close();
  await unbuilt?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the static client', () => {
  it('serves index.html for the app pages, never cached', async () => {
    for (const page of ['/', '/m/abcdefgh12345', '/m/anything-at-all']) {
      const response = await fetch(`${app.url}${page}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<title>Accord</title>');
    }
  });

  it('serves assets with their type, cached for good', async () => {
    const response = await fetch(`${app.url}/assets/index-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(await response.text()).toBe('console.log(1)');
    const icon = await fetch(`${app.url}/favicon.svg`);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
  });

  it('answers 404 for a missing file and never serves files outside the client', async () => {
    expect((await fetch(`${app.url}/assets/missing.js`)).status).toBe(404);
    for (const attempt of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
    ]) {
      const response = await fetch(`${app.url}${attempt}`);
      expect(await response.text()).not.toContain('outside the client');
    }
  });

  it('says plainly when the client has not been built', async () => {
    const response = await fetch(`${unbuilt.url}/`);
    expect(response.status).toBe(503);
    expect(await response.text()).toBe('client not built: run npm run build');
    // The API works without a client.
    expect((await fetch(`${unbuilt.url}/healthz`)).status).toBe(200);
  });
});
