import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { startAccord } from '../../server/app.ts';
import type { ImportLimits } from '../../server/http/ImportLimiter.ts';
import { silentLogger } from '../../server/log.ts';

/** The three links of a map, and the tokens parsed out of them. */
export interface TestMap {
  id: string;
  title: string;
  links: { owner: string; editor: string; viewer: string };
  tokens: { owner: string; editor: string; viewer: string };
}

export interface TestServer {
  /** http://127.0.0.1:PORT */
  url: string;
  /** ws://127.0.0.1:PORT/sync (the y-websocket serverUrl; the room is the map id). */
  wsUrl: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
  /** Creates a map through the real POST /api/maps, blank or from a template. */
  createMap(title?: string, template?: string): Promise<TestMap>;
}

export interface TestServerOptions {
  /** Default 0 (a free port); pass a stopped server's port to restart it where clients expect. */
  port?: number;
  /** Reuse a data directory (e.g. to restart on the same data); default a new temp dir. */
  dataDir?: string;
  compactEvery?: number;
  maxMessageBytes?: number;
  /** Imports per client address; default generous, as every test client is 127.0.0.1. */
  importLimits?: ImportLimits;
  /** The worker threads' nice value; default 0 here (the server's own default is 10). */
  workerNice?: number;
}

// Temp dirs are removed when the test process exits, not on stop(), so a test can stop a
// server and start another on the same data. Test workers are not always given an 'exit'
// event, so dirs left by processes that are gone are swept when this module loads.
const TEMP_PREFIX = 'accord-test-';
const tempDirs: string[] = [];
process.once('exit', () => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sweepStaleTempDirs(): void {
  for (const name of readdirSync(tmpdir())) {
    const pid = Number(
      name.startsWith(TEMP_PREFIX) ? name.slice(TEMP_PREFIX.length).split('-')[0] : NaN,
    );
    if (!Number.isInteger(pid) || pid <= 0 || isRunning(pid)) continue;
    rmSync(path.join(tmpdir(), name), { recursive: true, force: true });
  }
}
sweepStaleTempDirs();

function tokenOf(link: string): string {
  const token = new URL(link).hash.match(/^#token=(.+)$/)?.[1];
  if (!token) throw new Error(`no token in link ${link}`);
  return token;
}

/** A real Accord server on a free port, with a temp data directory and a silent log. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  let dataDir = options.dataDir;
  if (!dataDir) {
    dataDir = mkdtempSync(path.join(tmpdir(), `${TEMP_PREFIX}${process.pid}-`));
    tempDirs.push(dataDir);
  }
  const app = await startAccord({
    port: options.port ?? 0,
    host: '127.0.0.1',
    dataDir,
    log: silentLogger,
    compactEvery: options.compactEvery,
    maxMessageBytes: options.maxMessageBytes,
    importLimits: options.importLimits ?? { burst: 1_000, perMinute: 1_000, maxInFlight: 100 },
    // Test files run side by side on few cores: a low-priority worker would wait behind the
    // other test processes, not behind this server's event loop.
    workerNice: options.workerNice ?? 0,
    // A separate build of the client, e.g. one per person working in the same checkout.
    ...(process.env.ACCORD_TEST_CLIENT_DIR
      ? { clientDir: process.env.ACCORD_TEST_CLIENT_DIR }
      : {}),
  });
  let stopped: Promise<void> | undefined;
  return {
    url: app.url,
    wsUrl: `ws://127.0.0.1:${app.port}/sync`,
    port: app.port,
    dataDir,
    // Stopping twice (a test's restart, then the clean-up after it) stops once.
    stop: () => {
      stopped ??= app.close();
      return stopped;
    },
    async createMap(title?: string, template?: string) {
      const response = await fetch(`${app.url}/api/maps`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          ...(title === undefined ? {} : { title }),
          ...(template === undefined ? {} : { template }),
        }),
      });
      if (response.status !== 201) {
        throw new Error(`POST /api/maps answered ${response.status}: ${await response.text()}`);
      }
      const body = (await response.json()) as Omit<TestMap, 'tokens'>;
      const { links } = body;
      const tokens = {
        owner: tokenOf(links.owner),
        editor: tokenOf(links.editor),
        viewer: tokenOf(links.viewer),
      };
      return { id: body.id, title: body.title, links, tokens };
    },
  };
}

/** A real y-websocket client in Node, on its own fresh doc. */
export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves once the first sync with the server is done. */
  synced: Promise<void>;
  destroy(): void;
}

/** Raises or lowers the process's listener limit, unless it has none (0, as the bench sets). */
function allowExitListeners(change: number): void {
  const limit = process.getMaxListeners();
  if (limit !== 0) process.setMaxListeners(limit + change);
}

/** Connects a WebsocketProvider to a map, as the browser client does. */
export function connectClient(wsUrl: string, mapId: string, token: string): TestClient {
  // Each provider holds a process 'exit' listener until it is destroyed; a test may hold many
  // clients at once, so the process allows one more listener per client it holds.
  allowExitListeners(1);
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsUrl, mapId, doc, {
    params: { token },
    // ws is not the DOM WebSocket type, but it implements what the provider uses.
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect: true,
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    const onSync = (state: boolean) => {
      if (!state) return;
      provider.off('sync', onSync);
      resolve();
    };
    provider.on('sync', onSync);
  });
  let destroyed = false;
  return {
    doc,
    provider,
    synced,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      provider.destroy();
      doc.destroy();
      allowExitListeners(-1);
    },
  };
}

/**
 * Resolves as soon as the predicate holds, checking on every turn of the event loop timers;
 * rejects with `message` (or a default) if it has not held within timeoutMs.
 */
export async function waitFor(
  predicate: () => boolean | Promise<boolean>,
  timeoutMs = 5_000,
  message = 'the condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await predicate()) return;
    if (Date.now() > deadline)
      throw new Error(`waitFor: ${message} did not hold within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
