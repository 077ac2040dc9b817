/// <reference lib="webworker" />
// The rules run here, off the main thread, so a keystroke, a drag or a remote update never
// waits for them (client/rules/findingsWorker.ts).
import { answerCheck, type CheckRequest } from './findingsProtocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<CheckRequest>) => {
  scope.postMessage(answerCheck(event.data));
};
