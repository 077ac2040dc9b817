import { validateSpec } from '../../shared/rules/validateSpec.ts';
import type { ValidationMemo } from '../../shared/rules/validationMemo.ts';
import { buildSpec, type SpecCache, type SpecFindings } from '../../shared/spec/buildSpec.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';

/** What a caller checking one map again and again keeps between its checks. */
export interface KeptBetweenChecks {
  /** Spec elements of unchanged records. */
  cache: SpecCache;
  /** The last validation, reused when no spec element changed. */
  memo: ValidationMemo;
}

/**
 * Every rule of shared/rules on the whole map (proposed elements included: the room wants
 * to know before it agrees), as it stands on `asAt` when given (YYYY-MM-DD). The same
 * function runs in the findings worker (with what it `kept` from its last check) and in tests.
 */
export function liveFindings(
  snapshot: MapSnapshot,
  mapId: string,
  asAt?: string,
  kept?: KeptBetweenChecks,
): SpecFindings {
  return buildSpec(snapshot, {
    mapId,
    ...(kept ? { cache: kept.cache } : {}),
    exportedAt: new Date().toISOString(),
    includes: 'all',
    validate: (spec) =>
      validateSpec(spec, { ...(asAt ? { asAt } : {}), ...(kept ? { memo: kept.memo } : {}) }),
  }).spec.validation;
}
