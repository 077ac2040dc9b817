import type { SpecFindings } from '../../shared/spec/buildSpec.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import { answerCheck, type CheckReply, type CheckRequest } from './findingsProtocol.ts';

/** Runs the rules in a Web Worker; only the newest map waiting is ever checked. */
export interface FindingsWorker {
  /** Checks this map; `onFindings` gets the result unless a newer map was checked since. */
  check: (snapshot: MapSnapshot, mapId: string, asAt?: string) => void;
  destroy: () => void;
}

/**
 * A worker that checks one map at a time. While it works, later maps replace each other in
 * a one-place queue, so a burst of edits costs one check after the one under way, not one
 * each. Without Web Workers (an old browser), the rules run on the main thread.
 */
export function createFindingsWorker(onFindings: (findings: SpecFindings) => void): FindingsWorker {
  let nextId = 0;
  let busy = false;
  let waiting: CheckRequest | null = null;
  let destroyed = false;
  const worker =
    typeof Worker === 'undefined'
      ? null
      : new Worker(new URL('./findings.worker.ts', import.meta.url), { type: 'module' });

  const send = (request: CheckRequest) => {
    busy = true;
    if (worker) worker.postMessage(request);
    else queueMicrotask(() => receive(answerCheck(request)));
  };
  const receive = (reply: CheckReply) => {
    busy = false;
    if (destroyed) return;
    // An answer for an older map still shows, rather than nothing, until the newer one's comes.
    if (reply.type === 'findings') onFindings(reply.findings);
    else console.error('The rules could not run:', reply.message);
    const next = waiting;
    waiting = null;
    if (next) send(next);
  };
  worker?.addEventListener('message', (event: MessageEvent<CheckReply>) => receive(event.data));

  return {
    check: (snapshot, mapId, asAt) => {
      const request: CheckRequest = {
        type: 'check',
        id: ++nextId,
        snapshot,
        mapId,
        ...(asAt ? { asAt } : {}),
      };
      if (busy) waiting = request;
      else send(request);
    },
    destroy: () => {
      destroyed = true;
      worker?.terminate();
    },
  };
}
