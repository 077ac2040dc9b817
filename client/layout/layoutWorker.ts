import { type LayoutPlacement, layoutMap } from '../../shared/layout/layoutMap.ts';
import type { LayoutReply, LayoutRequest } from './layoutProtocol.ts';

/** Lays maps out in a Web Worker; `destroy` stops it and fails any run under way. */
export interface LayoutWorker {
  layout: (input: LayoutRequest['input']) => Promise<LayoutPlacement[]>;
  destroy: () => void;
}

/**
 * A Web Worker that runs shared/layout's layoutMap (ELK, then the straight-line pass), so
 * laying out 2,000 bodies never freezes the page. The worker starts on the first run and is
 * kept for the next (ELK takes a while to load). Without Web Workers, it runs in-thread.
 */
export function createLayoutWorker(): LayoutWorker {
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<
    number,
    { resolve: (p: LayoutPlacement[]) => void; reject: (e: Error) => void }
  >();
  const start = (): Worker => {
    if (worker) return worker;
    const created = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    created.addEventListener('message', (event: MessageEvent<LayoutReply>) => {
      const reply = event.data;
      const run = pending.get(reply.id);
      pending.delete(reply.id);
      if (!run) return;
      if (reply.type === 'placed') run.resolve(reply.placements);
      else run.reject(new Error(reply.message));
    });
    created.addEventListener('error', (event) => {
      for (const run of pending.values()) run.reject(new Error(event.message));
      pending.clear();
    });
    worker = created;
    return created;
  };
  return {
    layout: (input) => {
      if (typeof Worker === 'undefined') return layoutMap(input);
      const id = ++nextId;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        start().postMessage({ id, input } satisfies LayoutRequest);
      });
    },
    destroy: () => {
      worker?.terminate();
      worker = null;
      for (const run of pending.values()) run.reject(new Error('The layout was stopped.'));
      pending.clear();
    },
  };
}
