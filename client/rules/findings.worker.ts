/// <reference lib="webworker" />
// The rules run here, off the main thread, so a keystroke, a drag or a remote update never
// waits for them (client/rules/findingsWorker.ts).
import { type CheckRequest, createChecker } from './findingsProtocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const check = createChecker();
scope.onmessage = (event: MessageEvent<CheckRequest>) => {
  scope.postMessage(check(event.data));
};
