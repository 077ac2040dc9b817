import type { SpecFindings } from '../../shared/spec/buildSpec.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import { liveFindings } from './liveFindings.ts';

/** Asks the findings worker to check a map as it stands. */
export interface CheckRequest {
  type: 'check';
  /** Answers carry it back, so a late answer to an older map is recognised and dropped. */
  id: number;
  snapshot: MapSnapshot;
  mapId: string;
  /** YYYY-MM-DD: check the structure as at this date. */
  asAt?: string;
}

/** The worker's answer to one check. */
export type CheckReply =
  | { type: 'findings'; id: number; findings: SpecFindings }
  | { type: 'failed'; id: number; message: string };

/** What the worker does with a request: a pure function, so tests run it without a worker. */
export function answerCheck(request: CheckRequest): CheckReply {
  try {
    return {
      type: 'findings',
      id: request.id,
      findings: liveFindings(request.snapshot, request.mapId, request.asAt),
    };
  } catch (error) {
    return { type: 'failed', id: request.id, message: String(error) };
  }
}
