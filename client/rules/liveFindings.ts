import { validateSpec } from '../../shared/rules/validateSpec.ts';
import { buildSpec, type SpecCache, type SpecFindings } from '../../shared/spec/buildSpec.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';

/**
 * Every rule of shared/rules on the whole map (proposed elements included: the room wants
 * to know before it agrees), as it stands on `asAt` when given (YYYY-MM-DD). The same
 * function runs in the findings worker (with the `cache` it keeps) and in tests.
 */
export function liveFindings(
  snapshot: MapSnapshot,
  mapId: string,
  asAt?: string,
  cache?: SpecCache,
): SpecFindings {
  return buildSpec(snapshot, {
    mapId,
    ...(cache ? { cache } : {}),
    exportedAt: new Date().toISOString(),
    includes: 'all',
    validate: (spec) => validateSpec(spec, asAt ? { asAt } : {}),
  }).spec.validation;
}
