import { validateSpec } from '../../shared/rules/validateSpec.ts';
import { buildSpec } from '../../shared/spec/buildSpec.ts';
import type { GovernanceSpec } from '../../shared/spec/specSchema.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';

/** The governance spec of a map's content, exported now, with the rules' findings. */
export function exportSpec(
  snapshot: MapSnapshot,
  mapId: string,
  includes: 'agreed' | 'all',
): GovernanceSpec {
  return buildSpec(snapshot, {
    mapId,
    exportedAt: new Date().toISOString(),
    includes,
    validate: validateSpec,
  }).spec;
}
