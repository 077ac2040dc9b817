import { useEffect, useState } from 'react';
import { createFindingsWorker } from '../rules/findingsWorker.ts';
import type { MapStore } from '../store/mapStore.ts';
import { createFindingsStore, type FindingsStore } from './findingsStore.ts';

/**
 * Runs every rule of shared/rules live on the whole map, in a Web Worker
 * (client/rules/findingsWorker.ts): the page never waits for them, and findings follow each
 * change as soon as the worker has checked it. With `asAt`, only what is in force that day.
 * The map is read from its store without rendering: the component that calls this does not
 * re-render on each change, only the readers of the findings store do, when findings change.
 */
export function useFindings(mapStore: MapStore, mapId: string, asAt?: string): FindingsStore {
  const [findings] = useState(createFindingsStore);
  useEffect(() => {
    const worker = createFindingsWorker(findings.take);
    worker.check(mapStore.getState().snapshot, mapId, asAt);
    const unsubscribe = mapStore.subscribe((state, previous) => {
      if (state.snapshot !== previous.snapshot) worker.check(state.snapshot, mapId, asAt);
    });
    return () => {
      unsubscribe();
      worker.destroy();
    };
  }, [findings, mapStore, mapId, asAt]);
  return findings;
}
