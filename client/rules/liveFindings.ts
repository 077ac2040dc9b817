import { validateSpec } from '../../shared/rules/validateSpec.ts';
import { buildSpec, type SpecFindings } from '../../shared/spec/buildSpec.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';

/**
 * Every rule of shared/rules on the whole map (proposed elements included: the room wants
 * to know before it agrees). The same function runs in the findings worker and in tests.
 */
export function liveFindings(snapshot: MapSnapshot, mapId: string): SpecFindings {
  return buildSpec(snapshot, {
    mapId,
    exportedAt: new Date().toISOString(),
    includes: 'all',
    validate: validateSpec,
  }).spec.validation;
}
