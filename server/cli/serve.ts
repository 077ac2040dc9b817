import path from 'node:path';
import { startAccord } from '../app.ts';
import { createLogger } from '../log.ts';
import type { ServeOptions } from './parseServeArgs.ts';

/** Runs the server until SIGINT or SIGTERM, then closes it so no update is lost. */
export async function serve(options: ServeOptions): Promise<void> {
  const log = createLogger();
  const dataDir = path.resolve(options.dataDir);
  const app = await startAccord({
    port: options.port,
    host: options.host,
    dataDir,
    log,
    sqliteSync: options.sqliteSync,
    databaseUrl: options.databaseUrl,
    redisUrl: options.redisUrl,
    redisPrefix: options.redisPrefix,
  });
  const shown = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  const where = options.databaseUrl ? 'maps in PostgreSQL' : `data in ${dataDir}`;
  process.stdout.write(`Accord is running at http://${shown}:${app.port} (${where})\n`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second signal means "now": the first close is still draining.
      process.exit(1);
    }
    stopping = true;
    log.info('shutting down', { signal });
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error('shutdown failed', { error });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
