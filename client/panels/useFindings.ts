import { useMemo } from 'react';
import type { Finding } from '../../shared/spec/specSchema.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import { useSpec } from '../export/useSpec.ts';

/** The validator's findings on everything drawn, and each element's worst severity. */
export interface Findings {
  errors: Finding[];
  warnings: Finding[];
  flags: ReadonlyMap<string, 'error' | 'warning'>;
}

/**
 * Runs every rule of shared/rules live on the whole map (proposed elements included: the
 * room wants to know before it agrees), re-running when the map changes.
 */
export function useFindings(snapshot: MapSnapshot, mapId: string): Findings {
  const { validation } = useSpec(snapshot, mapId, true).spec;
  return useMemo(() => {
    const flags = new Map<string, 'error' | 'warning'>();
    for (const finding of validation.warnings)
      for (const id of finding.elements) flags.set(id, 'warning');
    for (const finding of validation.errors)
      for (const id of finding.elements) flags.set(id, 'error');
    return { ...validation, flags };
  }, [validation]);
}
