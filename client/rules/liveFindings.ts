import { validateSpec } from '../../shared/rules/validateSpec.ts';
import { buildSpec, type SpecFindings } from '../../shared/spec/buildSpec.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';

/**
 * Every rule of shared/rules on the whole map (proposed elements included: the room wants
 * to know before it agrees), as it stands on `asAt` when given (YYYY-MM-DD). The same
 * function runs in the findings worker and in tests.
 */
export function liveFindings(snapshot: MapSnapshot, mapId: string, asAt?: string): SpecFindings {
  return buildSpec(snapshot, {
    mapId,
    exportedAt: new Date().toISOString(),
    includes: 'all',
    validate: (spec) => validateSpec(spec, asAt ? { asAt } : {}),
  }).spec.validation;
}
