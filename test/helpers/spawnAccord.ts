import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** A server running in its own process, as `accord serve` runs in production. */
export interface ChildServer {
  url: string;
  wsUrl: string;
  port: number;
  process: ChildProcess;
  /** Everything it wrote to stderr (its JSON log), for a failing test to show. */
  stderr(): string;
  /** SIGTERM and wait for the exit (the server drains its rooms first). */
  stop(): Promise<void>;
  /** kill -9: no draining, no goodbye. */
  kill(): Promise<void>;
}

export interface SpawnOptions {
  /** Extra environment (DATABASE_URL, REDIS_URL, LOG_LEVEL…). */
  env?: Record<string, string>;
  /** Default: a new temp data directory, removed when the process is stopped. */
  dataDir?: string;
  /** Default 0: a free port. */
  port?: number;
  /** Flags for node itself (e.g. --cpu-prof). */
  nodeArgs?: string[];
}

/** A map made on a running server: its id and each role's token. */
export interface ChildServerMap {
  id: string;
  owner: string;
  editor: string;
  viewer: string;
}

/** Makes a map on `server` through its API; gives its id and its links' tokens. */
export async function createMapOn(server: ChildServer, title: string): Promise<ChildServerMap> {
  const response = await fetch(`${server.url}/api/maps`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title }),
  });
  if (response.status !== 201) throw new Error(`making a map answered ${response.status}`);
  const body = (await response.json()) as { id: string; links: Record<string, string> };
  const token = (role: string) => new URL(body.links[role] ?? '').hash.replace(/^#token=/, '');
  return { id: body.id, owner: token('owner'), editor: token('editor'), viewer: token('viewer') };
}

/** A port nobody listens on right now (for programs that cannot be told to pick one). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts `accord serve` in a child process on a free port; resolves once it listens. */
export async function spawnAccord(options: SpawnOptions = {}): Promise<ChildServer> {
  const ownDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'accord-child-'));
  const child = spawn(
    process.execPath,
    [
      ...(options.nodeArgs ?? []),
      path.join(REPO, 'bin/accord.js'),
      'serve',
      '--port',
      String(options.port ?? 0),
      '--host',
      '127.0.0.1',
      '--data',
      dataDir,
    ],
    {
      cwd: REPO,
      env: { ...process.env, LOG_LEVEL: 'warn', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-20_000);
  });
  const port = await new Promise<number>((resolve, reject) => {
    let stdout = '';
    const onData = (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /running at http:\/\/[^:]+:(\d+)/.exec(stdout);
      if (!match) return;
      child.stdout?.off('data', onData);
      resolve(Number(match[1]));
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`accord serve exited (${code}) before listening:\n${stderr}`)),
    );
  });
  const cleanUp = () => {
    if (ownDir) rmSync(dataDir, { recursive: true, force: true });
  };
  return {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/sync`,
    port,
    process: child,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited(child);
      cleanUp();
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited(child);
      cleanUp();
    },
  };
}

/** The reference y-websocket server (in memory, no auth) in a child process. */
export async function spawnReferenceServer(): Promise<ChildServer> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [path.join(REPO, 'node_modules/@y/websocket-server/src/server.js')],
    {
      cwd: REPO,
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-20_000);
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('running at')) resolve();
    });
    child.once('exit', (code) =>
      reject(new Error(`reference server exited (${code}):\n${stderr}`)),
    );
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited(child);
  };
  return {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}`,
    port,
    process: child,
    stderr: () => stderr,
    stop,
    kill: stop,
  };
}
