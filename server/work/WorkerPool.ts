import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { TaskInput, TaskName, TaskOutput } from './tasks.ts';

interface Job {
  id: number;
  name: TaskName;
  input: unknown;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | undefined;
}

/** How many workers a pool starts, at most: one core is left to the event loop. */
const DEFAULT_SIZE = Math.max(1, Math.min(2, availableParallelism() - 1));

type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; message: string };

const WORKER_URL = new URL('./worker.js', import.meta.url);

/**
 * The worker threads' default nice value: against the event loop's 0 a busy worker gets about
 * a tenth of a shared core, so an import waits for the sync and HTTP answers.
 */
export const DEFAULT_WORKER_NICE = 10;

/**
 * A few worker threads for the server's heavy work (importing and laying out a spec,
 * building a spec and its validation): an import of ten thousand bodies then takes a worker
 * for seconds, while the event loop keeps every room syncing and /healthz answering. Jobs
 * wait in order for a free worker; a worker that dies fails its job and is replaced.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly size: number;
  private readonly nice: number;
  private nextId = 1;
  private destroyed = false;

  /**
   * Workers start with the first jobs (a server that never imports never starts one). `nice`:
   * their priority against the event loop's 0 (workerMain.ts).
   */
  constructor(size = DEFAULT_SIZE, nice = DEFAULT_WORKER_NICE) {
    this.size = Math.max(1, size);
    this.nice = nice;
  }

  /** Runs a task in a worker; resolves with its result, rejects with its error. */
  run<N extends TaskName>(name: N, input: TaskInput<N>): Promise<TaskOutput<N>> {
    if (this.destroyed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise<TaskOutput<N>>((resolve, reject) => {
      const id = this.nextId++;
      this.queue.push({ id, name, input, resolve: resolve as (value: unknown) => void, reject });
      this.dispatch();
    });
  }

  /** Ends every worker; jobs still waiting or running are rejected. */
  async destroy(): Promise<void> {
    this.destroyed = true;
    const stopped = new Error('the worker pool is closed');
    for (const job of this.queue.splice(0)) job.reject(stopped);
    await Promise.all(
      this.slots.map(async (slot) => {
        slot.job?.reject(stopped);
        slot.job = undefined;
        await slot.worker.terminate();
      }),
    );
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL, { workerData: { nice: this.nice } });
    const slot: Slot = { worker, job: undefined };
    // An idle pool must not keep the process alive.
    worker.unref();
    worker.on('message', (reply: Reply | { ready: true }) => {
      if (!('id' in reply)) return;
      const job = slot.job;
      if (!job || job.id !== reply.id) return;
      slot.job = undefined;
      if (reply.ok) job.resolve(reply.result);
      else job.reject(new Error(reply.message));
      this.dispatch();
    });
    worker.on('error', (error) => this.replace(slot, error));
    worker.on('exit', (code) => {
      if (!this.destroyed) this.replace(slot, new Error(`a worker stopped (exit code ${code})`));
    });
    return slot;
  }

  private replace(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0 || this.destroyed) return;
    slot.job?.reject(error);
    slot.job = undefined;
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    this.slots[index] = this.spawn();
    this.dispatch();
  }

  private dispatch(): void {
    const busy = this.slots.filter((slot) => slot.job).length;
    if (this.queue.length > this.slots.length - busy && this.slots.length < this.size) {
      this.slots.push(this.spawn());
    }
    for (const slot of this.slots) {
      if (slot.job) continue;
      const job = this.queue.shift();
      if (!job) return;
      slot.job = job;
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, name: job.name, input: job.input });
    }
    for (const slot of this.slots) if (!slot.job) slot.worker.unref();
  }
}
