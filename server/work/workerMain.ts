import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { type TaskName, tasks } from './tasks.ts';

/** A request from the pool: run task `name` on `input`, answer with the same `id`. */
interface Request {
  id: number;
  name: TaskName;
  input: unknown;
}

const port = parentPort;
if (!port) throw new Error('workerMain runs only in a worker thread');

/** The pool's nice value for its workers (WorkerPool.ts). */
const LOW_PRIORITY = Number((workerData as { nice?: unknown } | null)?.nice ?? 10);

/**
 * Lowers this thread's priority below the event loop's, so on a busy machine (fewer free
 * cores than threads wanting one) an import's seconds of work wait for the sync and HTTP
 * answers rather than the other way round. Linux gives each thread its own nice value, read
 * from /proc/thread-self; elsewhere the thread keeps the process's priority.
 */
function yieldToEventLoop(): void {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId) && threadId > 0 && LOW_PRIORITY !== 0) {
      setPriority(threadId, LOW_PRIORITY);
    }
  } catch {
    // Not Linux, or not allowed: the work still runs off the event loop, at normal priority.
  }
}

yieldToEventLoop();

port.on('message', async ({ id, name, input }: Request) => {
  try {
    const run = tasks[name] as (input: unknown) => unknown;
    const result = await run(input);
    port.postMessage({ id, ok: true, result });
  } catch (error) {
    port.postMessage({
      id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
port.postMessage({ ready: true });
