import type { SpecFindings } from '../../shared/spec/buildSpec.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import { FindingsDeltaReceiver } from './findingsDelta.ts';
import { type CheckAnswer, type CheckRequest, createAnsweringChecker } from './findingsProtocol.ts';
import { SnapshotSender } from './snapshotChanges.ts';

/** Runs the rules in a Web Worker; only the newest map waiting is ever checked. */
export interface FindingsWorker {
  /**
   * Checks this map; `onFindings` gets the result. Findings that stand keep their objects,
   * and when none changed `onFindings` gets the very object it got last time.
   */
  check: (snapshot: MapSnapshot, mapId: string, asAt?: string) => void;
  destroy: () => void;
}

/**
 * The longest a check waits for the page to be idle: the map's first check, while the map
 * opens, and each check after it, so findings follow an edit within about 300 ms even while
 * the page stays busy (a long drag, someone else's edits arriving).
 */
const FIRST_IDLE_WAIT_MS = 2000;
const IDLE_WAIT_MS = 150;

/** Calls `run` once the page is idle (or after `longest` ms); returns how to call it off. */
function whenIdle(run: () => void, longest: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: longest });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}

/**
 * A worker that checks one map at a time. A check is sent once the page is idle: a map that
 * opens is drawn first (its rules would take a core from it on a small machine, and its flags
 * a frame), and maps that arrive meanwhile replace each other. While it works, later maps
 * replace each other in a one-place queue, so a burst of edits costs one check after the one
 * under way, not one each. Only what changed since the last map sent crosses to the worker
 * (snapshotChanges.ts). Only what changed in the findings comes back (findingsDelta.ts).
 * Without Web Workers (an old browser), the rules run on the main thread.
 */
export function createFindingsWorker(onFindings: (findings: SpecFindings) => void): FindingsWorker {
  let nextId = 0;
  let busy = false;
  let waiting: PendingCheck | null = null;
  let destroyed = false;
  let cancelIdle: (() => void) | null = null;
  let sentOnce = false;
  const sendWhenIdle = () => {
    if (cancelIdle || destroyed) return;
    cancelIdle = whenIdle(
      () => {
        cancelIdle = null;
        const next = waiting;
        waiting = null;
        if (!next || destroyed) return;
        sentOnce = true;
        send(next);
      },
      sentOnce ? IDLE_WAIT_MS : FIRST_IDLE_WAIT_MS,
    );
  };
  const sender = new SnapshotSender();
  const findings = new FindingsDeltaReceiver();
  const worker =
    typeof Worker === 'undefined'
      ? null
      : new Worker(new URL('./findings.worker.ts', import.meta.url), { type: 'module' });
  const inThread = createAnsweringChecker();

  // The changes are worked out when a check is sent, against the map sent before it: a map
  // that waited and was replaced by a newer one is never sent at all.
  const send = ({ snapshot, mapId, asAt }: PendingCheck) => {
    busy = true;
    const request: CheckRequest = {
      type: 'check',
      id: ++nextId,
      changes: sender.changes(snapshot),
      mapId,
      ...(asAt ? { asAt } : {}),
    };
    if (worker) worker.postMessage(request);
    else queueMicrotask(() => receive(inThread(request)));
  };
  const receive = (reply: CheckAnswer) => {
    busy = false;
    if (destroyed) return;
    // An answer for an older map still shows, rather than nothing, until the newer one's comes.
    if (reply.type === 'findings') onFindings(findings.apply(reply.delta));
    else {
      console.error('The rules could not run:', reply.message);
      sender.restart();
      findings.restart();
    }
    if (waiting) sendWhenIdle();
  };
  worker?.addEventListener('message', (event: MessageEvent<CheckAnswer>) => receive(event.data));

  return {
    check: (snapshot, mapId, asAt) => {
      waiting = { snapshot, mapId, ...(asAt ? { asAt } : {}) };
      if (!busy) sendWhenIdle();
    },
    destroy: () => {
      destroyed = true;
      cancelIdle?.();
      worker?.terminate();
    },
  };
}

/** A check asked for and not yet sent. */
interface PendingCheck {
  snapshot: MapSnapshot;
  mapId: string;
  asAt?: string;
}
