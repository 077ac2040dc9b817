import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { INSERT_UPDATE_SQL } from './sqliteSchema.ts';
import type { JournalEntry } from './updateJournal.ts';

/** How often the WAL is copied into the database file and synced to disk. */
export const CHECKPOINT_EVERY_MS = 1_000;

/** How long a stopping worker may take over its last checkpoint before it is ended. */
const STOP_WAIT_MS = 5_000;

/**
 * The worker's code, plain JavaScript (a worker does not inherit the TypeScript loader): its
 * own connection to the file runs a passive checkpoint on a timer. A passive checkpoint
 * never waits for the writer, and the writer never waits for it. Asked to insert batches, it
 * does so in one transaction, waiting for the serving thread's writes as any writer does.
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
let insertAll;
const insert = (entries) => {
  if (!insertAll) {
    db.pragma('busy_timeout = 5000');
    const row = db.prepare(workerData.insertSql);
    insertAll = db.transaction((all) => {
      for (const { mapId, updates } of all) for (const update of updates) row.run(mapId, update);
    });
  }
  insertAll(entries);
};
parentPort.on('message', (message) => {
  if (message.insert !== undefined) {
    try {
      insert(message.entries);
      parentPort.postMessage({ inserted: message.insert });
    } catch (error) {
      parentPort.postMessage({
        inserted: message.insert,
        error: String(error && error.message ? error.message : error),
      });
    }
    return;
  }
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

/** A running checkpointer; `stop` ends it after one last checkpoint. */
export interface WalCheckpointer {
  /**
   * Inserts the batches into the update log, in one transaction, in the worker: settles once
   * they are committed, and fails if they are not (nor ever will be, when the worker died).
   */
  insert(entries: readonly JournalEntry[]): Promise<void>;
  /** Whether the worker still takes inserts: neither stopping nor gone. */
  readonly running: boolean;
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
 *
 * The same worker inserts the journal's batches into the update log when asked (`insert`):
 * a write to the WAL from the event loop took 2–5 ms now and then under load, and every socket
 * waited for it.
 */
export function startWalCheckpointer(
  file: string,
  options: WalCheckpointerOptions,
): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const everyMs = options.everyMs ?? CHECKPOINT_EVERY_MS;
  const worker = new Worker(WORKER_CODE, {
    eval: true,
    workerData: { file, driver, everyMs, insertSql: INSERT_UPDATE_SQL },
  });
  // It holds nothing the process must wait for: a server that exits stops it.
  worker.unref();
  let stopping = false;
  let died: Error | undefined;
  let exitedWith: Error | undefined;
  let nextInsert = 0;
  const inserts = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  worker.on('message', (message: { failed?: string; inserted?: number; error?: string }) => {
    if (message.failed) options.onFailed(new Error(`WAL checkpoint failed: ${message.failed}`));
    if (message.inserted === undefined) return;
    const waiting = inserts.get(message.inserted);
    inserts.delete(message.inserted);
    if (message.error === undefined) waiting?.resolve();
    else waiting?.reject(new Error(`could not insert the journaled updates: ${message.error}`));
  });
  worker.on('error', (error) => {
    died = error;
  });
  const exited = new Promise<void>((resolve) => {
    worker.once('exit', (code) => {
      exitedWith = died ?? new Error(`the WAL checkpoint worker exited (code ${code})`);
      for (const waiting of inserts.values()) waiting.reject(exitedWith);
      inserts.clear();
      if (!stopping) options.onDied(exitedWith);
      resolve();
    });
  });
  return {
    get running() {
      return !exitedWith && !stopping;
    },
    insert(entries) {
      if (exitedWith || stopping) {
        return Promise.reject(exitedWith ?? new Error('the WAL checkpoint worker is stopping'));
      }
      const id = nextInsert++;
      // Each update on its own bytes: one that is a view into a larger buffer (a socket's
      // read) would otherwise be copied to the worker with all of that buffer.
      const own = entries.map(({ mapId, updates }) => ({
        mapId,
        updates: updates.map((update) =>
          update.byteOffset === 0 && update.byteLength === update.buffer.byteLength
            ? update
            : update.slice(),
        ),
      }));
      return new Promise<void>((resolve, reject) => {
        inserts.set(id, { resolve, reject });
        worker.postMessage({ insert: id, entries: own });
      });
    },
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
