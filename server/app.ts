import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { loadSecret } from './auth/secret.ts';
import { healthOf } from './health.ts';
import { ImportLimiter, type ImportLimits } from './http/ImportLimiter.ts';
import { createRequestHandler } from './http/router.ts';
import { SECURITY_HEADERS } from './http/securityHeaders.ts';
import { createLogger, type Logger } from './log.ts';
import type { DocStore } from './store/DocStore.ts';
import { openSqliteStore } from './store/sqliteStore.ts';
import type { VersionStore } from './store/VersionStore.ts';
import type { Relay } from './sync/relay/Relay.ts';
import { SyncServer } from './sync/SyncServer.ts';
import { WorkerPool } from './work/WorkerPool.ts';

export interface AccordOptions {
  /** 0 picks a free port. Default 1234. */
  port?: number;
  /** Interface to listen on. Default 0.0.0.0; tests use 127.0.0.1. */
  host?: string;
  /** Where accord.db lives; created when missing. */
  dataDir: string;
  /** The built client. Default <repo>/dist/client. */
  clientDir?: string;
  /** Largest sync frame accepted. Default 2 MiB. */
  maxMessageBytes?: number;
  /** Imports allowed per client address. Default DEFAULT_IMPORT_LIMITS. */
  importLimits?: ImportLimits;
  /** Updates between compactions of a map's log. Default 500. */
  compactEvery?: number;
  /** SQLite's sync to disk (see openSqliteStore). Default 'normal'. */
  sqliteSync?: 'normal' | 'full';
  /** postgres://… : keep everything in PostgreSQL (several processes) instead of SQLite. */
  databaseUrl?: string;
  /** redis://… : carry rooms' updates and presence between processes. */
  redisUrl?: string;
  /** Put before Redis channel names (several deployments on one Redis). Default `accord:`. */
  redisPrefix?: string;
  log?: Logger;
  /** The worker threads' nice value (default 10: below the event loop; 0: as high). */
  workerNice?: number;
}

/** A running Accord server. */
export interface RunningAccord {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  /** Compacts open rooms, closes sockets and the database; a restart then sees everything. */
  close(): Promise<void>;
}

/** Where `npm run build` puts the client. */
export const DEFAULT_CLIENT_DIR = fileURLToPath(new URL('../dist/client', import.meta.url));
export const DEFAULT_MAX_MESSAGE_BYTES = 2 * 1024 * 1024;
export const DEFAULT_COMPACT_EVERY = 500;

/**
 * The store the options ask for: PostgreSQL when a database URL is given (the secret then
 * lives in the database, shared by every process), else the SQLite file in the data dir.
 * The SQLite path does not load the PostgreSQL client at all.
 */
async function openStore(
  options: AccordOptions,
  log: Logger,
): Promise<{
  store: DocStore & VersionStore;
  secret: Buffer;
}> {
  if (options.databaseUrl) {
    const { openPgStore } = await import('./store/pgStore.ts');
    const store = await openPgStore(options.databaseUrl, log.child({ area: 'store' })).catch(
      (error: unknown) => {
        // Not the URL itself: it may hold a password.
        throw new Error(
          `Could not open PostgreSQL at DATABASE_URL: ${error instanceof Error ? error.message : error}`,
        );
      },
    );
    try {
      return { store, secret: await store.loadSecret() };
    } catch (error) {
      await store.close();
      throw error;
    }
  }
  const secret = loadSecret(options.dataDir);
  const store = openSqliteStore(options.dataDir, {
    sync: options.sqliteSync,
    log: log.child({ area: 'store' }),
    // This process serves the data directory: it alone journals updates and replays the journal.
    journal: true,
  });
  return { store, secret };
}

/** Starts one http server serving the REST API, the static client and the sync socket. */
export async function startAccord(options: AccordOptions): Promise<RunningAccord> {
  const log = options.log ?? createLogger();
  const { store, secret } = await openStore(options, log);
  let relay: Relay | undefined;
  if (options.redisUrl) {
    try {
      const { openRedisRelay } = await import('./sync/relay/redisRelay.ts');
      relay = await openRedisRelay({
        url: options.redisUrl,
        prefix: options.redisPrefix ?? 'accord:',
        log: log.child({ area: 'relay' }),
      });
    } catch (error) {
      await store.close();
      throw error;
    }
  }
  const sync = new SyncServer({
    store,
    versions: store,
    log: log.child({ area: 'sync' }),
    maxMessageBytes: options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES,
    compactEvery: options.compactEvery ?? DEFAULT_COMPACT_EVERY,
    relay,
  });
  const work = new WorkerPool(undefined, options.workerNice);
  const context = {
    store,
    rooms: sync.rooms,
    work,
    imports: new ImportLimiter(options.importLimits),
    clientDir: options.clientDir ?? DEFAULT_CLIENT_DIR,
    log: log.child({ area: 'http' }),
    fallbackHost: 'localhost',
    secret,
    health: async () => healthOf(await store.writeProblem(), relay?.isUp()),
  };
  const server = createServer(createRequestHandler(context));
  server.on('upgrade', (req, socket, head) => sync.handleUpgrade(req, socket, head));
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    socket.end(clientErrorResponse(error));
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 1234, options.host ?? '0.0.0.0', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await sync.close();
    await relay?.close();
    await work.destroy();
    await store.close();
    throw error;
  }

  const { port } = server.address() as AddressInfo;
  context.fallbackHost = `localhost:${port}`;
  log.info('listening', {
    port,
    store: options.databaseUrl ? 'postgresql' : 'sqlite',
    relay: options.redisUrl ? 'redis' : 'none',
    dataDir: options.dataDir,
  });

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      // Stop taking requests first, then drain the rooms into the store, then close it.
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await sync.close();
      server.closeAllConnections();
      await work.destroy();
      await stopped;
      await relay?.close();
      await store.close();
      log.info('stopped');
    })();
    return closing;
  };

  return { url: `http://127.0.0.1:${port}`, port, close };
}

/**
 * The raw answer to a request Node could not parse: headers too large (a very long URL among
 * them) get 431, anything else 400, each with the API's JSON error body.
 */
function clientErrorResponse(error: NodeJS.ErrnoException): string {
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
  const body = JSON.stringify({
    error: tooLarge
      ? { code: 'uri_too_long', message: 'The request line or headers are too long.' }
      : { code: 'bad_request', message: 'The request could not be read.' },
  });
  return [
    `HTTP/1.1 ${status}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}`),
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}
