/// <reference lib="webworker" />
// The rules run here, off the main thread, so a keystroke, a drag or a remote update never
// waits for them (client/rules/findingsWorker.ts).
import { type CheckRequest, createAnsweringChecker } from './findingsProtocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const check = createAnsweringChecker();
scope.onmessage = (event: MessageEvent<CheckRequest>) => {
  scope.postMessage(check(event.data));
};
