import { useMemo, useState } from 'react';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import { footprintFinder, groupFindings, type ProblemGrouping } from './problems/groupFindings.ts';
import { ProblemList } from './problems/ProblemList.tsx';
import type { Findings } from './useFindings.ts';

/**
 * The validator's errors and warnings, in plain English, grouped by rule or by footprint
 * with counts, filtered by words; a click shows the elements involved, or a whole group's.
 */
export function ProblemsPanel({
  findings,
  snapshot,
  onFocus,
}: {
  findings: Findings;
  snapshot: MapSnapshot;
  onFocus: (ids: string[]) => void;
}) {
  const [grouping, setGrouping] = useState<ProblemGrouping>('rule');
  const [filter, setFilter] = useState('');
  const { errors, warnings } = findings;
  const footprintOf = useMemo(() => footprintFinder(snapshot), [snapshot]);
  const groups = useMemo(
    () => groupFindings([...errors, ...warnings], grouping, footprintOf, filter),
    [errors, warnings, grouping, footprintOf, filter],
  );
  if (errors.length === 0 && warnings.length === 0) {
    return (
      <section className="problems" aria-label="Problems">
        <p className="problems-clear">
          No problems found: this structure keeps every rule Accord checks.
        </p>
      </section>
    );
  }
  const shown = groups.reduce((sum, group) => sum + group.findings.length, 0);
  return (
    <section className="problems" aria-label="Problems">
      <h3>
        {errors.length} error{errors.length === 1 ? '' : 's'}, {warnings.length} warning
        {warnings.length === 1 ? '' : 's'}
      </h3>
      <div className="problems-controls">
        <input
          type="search"
          aria-label="Filter problems"
          placeholder="Filter problems…"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
        <fieldset className="problems-grouping">
          <legend className="visually-hidden">Group problems</legend>
          {(['rule', 'footprint'] as const).map((by) => (
            <label key={by}>
              <input
                type="radio"
                name="problem-grouping"
                checked={grouping === by}
                onChange={() => setGrouping(by)}
              />{' '}
              By {by}
            </label>
          ))}
        </fieldset>
      </div>
      {shown === 0 ? (
        <p className="muted">No problem matches “{filter.trim()}”.</p>
      ) : (
        <ProblemList groups={groups} onFocus={onFocus} />
      )}
    </section>
  );
}
