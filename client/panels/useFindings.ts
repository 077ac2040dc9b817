import { useEffect, useMemo, useRef, useState } from 'react';
import type { SpecFindings } from '../../shared/spec/buildSpec.ts';
import type { Finding } from '../../shared/spec/specSchema.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import { createFindingsWorker, type FindingsWorker } from '../rules/findingsWorker.ts';

/** The validator's findings on everything drawn, and each element's worst severity. */
export interface Findings {
  errors: Finding[];
  warnings: Finding[];
  flags: ReadonlyMap<string, 'error' | 'warning'>;
}

const NO_FINDINGS: SpecFindings = { errors: [], warnings: [] };

/**
 * Runs every rule of shared/rules live on the whole map, in a Web Worker
 * (client/rules/findingsWorker.ts): the page never waits for them, and findings follow each
 * change as soon as the worker has checked it. With `asAt`, only what is in force that day.
 */
export function useFindings(snapshot: MapSnapshot, mapId: string, asAt?: string): Findings {
  const [validation, setValidation] = useState<SpecFindings>(NO_FINDINGS);
  const worker = useRef<FindingsWorker | null>(null);
  useEffect(() => {
    const created = createFindingsWorker(setValidation);
    worker.current = created;
    return () => {
      created.destroy();
      worker.current = null;
    };
  }, []);
  useEffect(() => {
    worker.current?.check(snapshot, mapId, asAt);
  }, [snapshot, mapId, asAt]);
  return useMemo(() => {
    const flags = new Map<string, 'error' | 'warning'>();
    for (const finding of validation.warnings)
      for (const id of finding.elements) flags.set(id, 'warning');
    for (const finding of validation.errors)
      for (const id of finding.elements) flags.set(id, 'error');
    return { ...validation, flags };
  }, [validation]);
}
