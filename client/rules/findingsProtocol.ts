import { ValidationMemo } from '../../shared/rules/validationMemo.ts';
import { SpecCache, type SpecFindings } from '../../shared/spec/buildSpec.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import { type FindingsDelta, FindingsDeltaSender } from './findingsDelta.ts';
import { type KeptBetweenChecks, liveFindings } from './liveFindings.ts';
import { type SnapshotChanges, SnapshotMirror, SnapshotSender } from './snapshotChanges.ts';

/** Asks the findings worker to check a map as it stands. */
export interface CheckRequest {
  type: 'check';
  /** Answers carry it back, so a late answer to an older map is recognised and dropped. */
  id: number;
  /** The map, as changes to the one the worker checked last (snapshotChanges.ts). */
  changes: SnapshotChanges;
  mapId: string;
  /** YYYY-MM-DD: check the structure as at this date. */
  asAt?: string;
}

/** The worker's answer to one check. */
export type CheckReply =
  | { type: 'findings'; id: number; findings: SpecFindings }
  | { type: 'failed'; id: number; message: string };

/**
 * What crosses back from the worker: the findings as changes to those it sent last
 * (findingsDelta.ts), so an edit that changes no finding answers with almost nothing.
 */
export type CheckAnswer =
  | { type: 'findings'; id: number; delta: FindingsDelta }
  | { type: 'failed'; id: number; message: string };

/**
 * What the worker does with each request: it keeps its copy of the map, the spec elements
 * of unchanged records and its last findings between checks, so a check after one edit
 * re-makes one element and runs the rules, and after an edit the spec does not hold (a body
 * moved) runs none. Plain functions and data, so tests run it without a worker. After a
 * failure all it kept is dropped: the sender starts again with everything (`reset`).
 */
export function createChecker(): (request: CheckRequest) => CheckReply {
  let mirror = new SnapshotMirror();
  let kept: KeptBetweenChecks = { cache: new SpecCache(), memo: new ValidationMemo() };
  return (request) => {
    try {
      const snapshot = mirror.apply(request.changes);
      return {
        type: 'findings',
        id: request.id,
        findings: liveFindings(snapshot, request.mapId, request.asAt, kept),
      };
    } catch (error) {
      mirror = new SnapshotMirror();
      kept = { cache: new SpecCache(), memo: new ValidationMemo() };
      return { type: 'failed', id: request.id, message: String(error) };
    }
  };
}

/** The checker as the worker runs it: each answer carries only what changed since the last. */
export function createAnsweringChecker(): (request: CheckRequest) => CheckAnswer {
  const check = createChecker();
  const sender = new FindingsDeltaSender();
  return (request) => {
    const reply = check(request);
    if (reply.type === 'failed') {
      sender.restart();
      return reply;
    }
    return { type: 'findings', id: reply.id, delta: sender.delta(reply.findings) };
  };
}

/** Checks one whole map, as a new worker answers its first request. */
export function answerCheck(
  request: Omit<CheckRequest, 'changes'> & { snapshot: MapSnapshot },
): CheckReply {
  const { snapshot, ...rest } = request;
  return createChecker()({ ...rest, changes: new SnapshotSender().changes(snapshot) });
}
