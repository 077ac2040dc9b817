import { useMemo } from 'react';
import { validateSpec } from '../../shared/rules/validateSpec.ts';
import { buildSpec } from '../../shared/spec/buildSpec.ts';
import type { Finding } from '../../shared/spec/specSchema.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';

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
export function useFindings(snapshot: MapSnapshot): Findings {
  return useMemo(() => {
    const { spec } = buildSpec(snapshot, {
      mapId: 'live-map',
      exportedAt: new Date(0).toISOString(),
      includes: 'all',
      validate: validateSpec,
    });
    const flags = new Map<string, 'error' | 'warning'>();
    for (const finding of spec.validation.warnings)
      for (const id of finding.elements) flags.set(id, 'warning');
    for (const finding of spec.validation.errors)
      for (const id of finding.elements) flags.set(id, 'error');
    return { ...spec.validation, flags };
  }, [snapshot]);
}
