import type { SpecFindings } from '../../shared/spec/buildSpec.ts';
import type { Finding } from '../../shared/spec/specSchema.ts';

/**
 * One list of findings as changes to the list sent before it: each entry is either the index
 * of an equal finding in the previous list or a new finding; null when the list is unchanged.
 * After one edit of a 2,000-body map most findings stand, so the reply is mostly small numbers
 * (or nothing) instead of every finding copied again across the worker boundary.
 */
export type FindingListDelta = Array<number | Finding> | null;

/** The worker's findings as changes to those it sent last. */
export interface FindingsDelta {
  errors: FindingListDelta;
  warnings: FindingListDelta;
}

function keyOf(finding: Finding): string {
  return `${finding.rule}\u0000${finding.severity}\u0000${finding.message}\u0000${finding.elements.join('\u0000')}`;
}

function listDelta(previous: ReadonlyMap<string, number>, next: readonly Finding[]) {
  const keys = next.map(keyOf);
  const delta = keys.map((key, at) => previous.get(key) ?? (next[at] as Finding));
  const same = delta.length === previous.size && delta.every((entry, at) => entry === at);
  return { delta: same ? null : delta, index: new Map(keys.map((key, at) => [key, at])) };
}

/** The worker's side: turns each check's findings into changes to the ones sent before. */
export class FindingsDeltaSender {
  private errors = new Map<string, number>();
  private warnings = new Map<string, number>();

  delta(findings: SpecFindings): FindingsDelta {
    const errors = listDelta(this.errors, findings.errors);
    const warnings = listDelta(this.warnings, findings.warnings);
    this.errors = errors.index;
    this.warnings = warnings.index;
    return { errors: errors.delta, warnings: warnings.delta };
  }

  /** Forgets what was sent: the next delta carries every finding. */
  restart(): void {
    this.errors = new Map();
    this.warnings = new Map();
  }
}

function applyList(previous: readonly Finding[], delta: FindingListDelta): Finding[] | null {
  if (delta === null) return null;
  return delta.map((entry) => {
    if (typeof entry !== 'number') return entry;
    const kept = previous[entry];
    if (!kept) throw new Error(`A finding delta names finding ${entry}, which was never sent`);
    return kept;
  });
}

/**
 * The page's side: rebuilds the findings from each delta. A finding that stands keeps its
 * object, a list that did not change keeps its array, and when nothing changed the previous
 * findings come back as they were, so nothing that reads them re-renders.
 */
export class FindingsDeltaReceiver {
  private current: SpecFindings = { errors: [], warnings: [] };

  apply(delta: FindingsDelta): SpecFindings {
    const errors = applyList(this.current.errors, delta.errors);
    const warnings = applyList(this.current.warnings, delta.warnings);
    if (errors === null && warnings === null) return this.current;
    this.current = {
      errors: errors ?? this.current.errors,
      warnings: warnings ?? this.current.warnings,
    };
    return this.current;
  }

  /** Forgets what was received, as the sender does after a failure. */
  restart(): void {
    this.current = { errors: [], warnings: [] };
  }
}
