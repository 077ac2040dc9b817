import { parentPort } from 'node:worker_threads';
import { type TaskName, tasks } from './tasks.ts';

/** A request from the pool: run task `name` on `input`, answer with the same `id`. */
interface Request {
  id: number;
  name: TaskName;
  input: unknown;
}

const port = parentPort;
if (!port) throw new Error('workerMain runs only in a worker thread');

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
