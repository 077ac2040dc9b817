import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the WAL is copied into the database file and synced to disk. */
export const CHECKPOINT_EVERY_MS = 1_000;

/** How long a stopping worker may take over its last checkpoint before it is ended. */
const STOP_WAIT_MS = 5_000;

/**
 * The worker's code, plain JavaScript (a worker does not inherit the TypeScript loader): its
 * own connection to the file runs a passive checkpoint on a timer. A passive checkpoint
 * never waits for the writer, and the writer never waits for it.
 */
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
let failing = false;
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    failing = false;
  } catch (error) {
    // Told once for a run of failures (a disk that turned read-only fails every second).
    if (!failing) parentPort.postMessage({ failed: String(error && error.message ? error.message : error) });
    failing = true;
  }
};
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

/** A running checkpointer; `stop` ends it after one last checkpoint. */
export interface WalCheckpointer {
  stop(): Promise<void>;
}

export interface WalCheckpointerOptions {
  /** A checkpoint failed (told once for a run of failures); the next one tries again. */
  onFailed: (error: Error) => void;
  /** The worker died: nothing checkpoints any more unless the caller does. */
  onDied: (error: Error) => void;
  everyMs?: number;
}

/**
 * Checkpoints an SQLite database in WAL mode from a worker thread. A checkpoint copies the
 * WAL into the database file and syncs both to disk: several milliseconds, far more on a busy
 * disk. Left to SQLite it runs inside whichever commit crosses 1,000 pages of WAL, on the
 * event loop, and every socket waits for the disk then. Here no commit ever waits for the
 * disk (with synchronous = NORMAL), and what is committed reaches the disk within about
 * `everyMs` however little is written.
 */
export function startWalCheckpointer(
  file: string,
  options: WalCheckpointerOptions,
): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const everyMs = options.everyMs ?? CHECKPOINT_EVERY_MS;
  const worker = new Worker(WORKER_CODE, { eval: true, workerData: { file, driver, everyMs } });
  // It holds nothing the process must wait for: a server that exits stops it.
  worker.unref();
  let stopping = false;
  let died: Error | undefined;
  worker.on('message', (message: { failed?: string }) => {
    if (message.failed) options.onFailed(new Error(`WAL checkpoint failed: ${message.failed}`));
  });
  worker.on('error', (error) => {
    died = error;
  });
  const exited = new Promise<void>((resolve) => {
    worker.once('exit', (code) => {
      if (!stopping) {
        options.onDied(died ?? new Error(`the WAL checkpoint worker exited (code ${code})`));
      }
      resolve();
    });
  });
  return {
    async stop() {
      if (!stopping) {
        stopping = true;
        worker.postMessage('stop');
        // A last checkpoint stuck on the disk must not hold up the server's shutdown: the
        // closing connection checkpoints anyway.
        const stuck = setTimeout(() => void worker.terminate(), STOP_WAIT_MS);
        void exited.then(() => clearTimeout(stuck));
      }
      await exited;
    },
  };
}
