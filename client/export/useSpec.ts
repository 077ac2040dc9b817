import { useMemo } from 'react';
import { validateSpec } from '../../shared/rules/validateSpec.ts';
import { type BuiltSpec, buildSpec } from '../../shared/spec/buildSpec.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';

/** The governance spec of the map as it stands (agreed parts, or everything), with findings. */
export function useSpec(snapshot: MapSnapshot, mapId: string, includeAll: boolean): BuiltSpec {
  return useMemo(
    () =>
      buildSpec(snapshot, {
        mapId,
        exportedAt: new Date().toISOString(),
        includes: includeAll ? 'all' : 'agreed',
        validate: validateSpec,
      }),
    [snapshot, mapId, includeAll],
  );
}
