import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import {
  connectClient,
  startTestServer,
  type TestClient,
  type TestServer,
} from '../helpers/startServer.ts';

/** Where screenshots of the browser tests are saved, to be looked at. */
export const ARTIFACTS_DIR = path.resolve('test-results/e2e');

function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error("Debian's chromium is not installed: run `apt-get install chromium`.");
  }
}

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A path for a screenshot under the artifacts folder. */
export function screenshotPath(name: string): string {
  return path.join(ARTIFACTS_DIR, `${name}.png`);
}

/**
 * The server and Chromium that the browser tests of one file share, started before its first
 * test and closed after its last, with the Node clients opened through it. Call it once at the
 * top of a test file.
 */
export function browserSession() {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await browser?.close();
    await server?.stop();
  });

  function started<T>(value: T | undefined): T {
    if (value === undefined) throw new Error('browserSession starts before the first test');
    return value;
  }

  return {
    /** The real server on a free port (after `restartServer`, the new one). */
    get server(): TestServer {
      return started(server);
    },
    /** Headless Chromium. */
    get browser(): Browser {
      return started(browser);
    },
    /** An honest y-websocket client in Node, synced, destroyed after the file's last test. */
    async client(mapId: string, token: string): Promise<TestClient> {
      const client = connectClient(started(server).wsUrl, mapId, token);
      clients.push(client);
      await client.synced;
      return client;
    },
    /**
     * Stops the server if it still runs and starts it again on the same port and data, where
     * the pages open in Chromium expect it to come back.
     */
    async restartServer(): Promise<TestServer> {
      const { port, dataDir } = started(server);
      await started(server).stop();
      server = await startTestServer({ port, dataDir });
      return server;
    },
  };
}
