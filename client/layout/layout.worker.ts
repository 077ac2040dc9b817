/// <reference lib="webworker" />
// ELK and the straight-line pass run here, off the main thread, so the page keeps drawing
// while a whole system is laid out (client/layout/layoutWorker.ts).
import { layoutMap } from '../../shared/layout/layoutMap.ts';
import type { LayoutReply, LayoutRequest } from './layoutProtocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const { id, input } = event.data;
  let reply: LayoutReply;
  try {
    reply = { type: 'placed', id, placements: await layoutMap(input) };
  } catch (error) {
    reply = { type: 'failed', id, message: String(error) };
  }
  scope.postMessage(reply);
};
