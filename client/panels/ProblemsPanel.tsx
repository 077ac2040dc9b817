import { memo, useMemo, useState } from 'react';
import type { Finding } from '../../shared/spec/specSchema.ts';
import type { MapState } from '../store/mapStore.ts';
import { useFindingsState } from './findingsStore.ts';
import {
  type FootprintOf,
  footprintFinderIn,
  groupFindings,
  type ProblemGrouping,
} from './problems/groupFindings.ts';
import { ProblemList } from './problems/ProblemList.tsx';
import { useMapSlice } from './useMapSlice.ts';

type Placed = ReadonlyMap<string, { id: string; name: string } | null>;
const NOWHERE: Placed = new Map();

/** The footprint of the first element of each finding: all that grouping by footprint reads. */
function placeFindings(state: MapState, findings: readonly (readonly Finding[])[]): Placed {
  const footprintOf = footprintFinderIn(state.nodeById, state.edgeById);
  const placed = new Map<string, { id: string; name: string } | null>();
  for (const list of findings)
    for (const { elements } of list) {
      const [first] = elements;
      if (first !== undefined && !placed.has(first)) placed.set(first, footprintOf(first));
    }
  return placed;
}

function samePlaces(a: Placed, b: Placed): boolean {
  if (a.size !== b.size) return false;
  for (const [id, place] of a) {
    const other = b.get(id);
    if (other === undefined || other?.id !== place?.id || other?.name !== place?.name) return false;
  }
  return true;
}

/**
 * The validator's errors and warnings, in plain English, grouped by rule or by footprint
 * with counts, filtered by words; a click shows the elements involved, or a whole group's.
 */
export const ProblemsPanel = memo(function ProblemsPanel({
  onFocus,
}: {
  onFocus: (ids: string[]) => void;
}) {
  const [grouping, setGrouping] = useState<ProblemGrouping>('rule');
  const [filter, setFilter] = useState('');
  const errors = useFindingsState((state) => state.errors);
  const warnings = useFindingsState((state) => state.warnings);
  // Grouped by rule, the map itself is not read; by footprint, only where each finding sits,
  // so renaming a body re-groups nothing unless it is a footprint a finding sits in.
  const placed = useMapSlice(
    (state) => (grouping === 'footprint' ? placeFindings(state, [errors, warnings]) : NOWHERE),
    samePlaces,
  );
  const footprintOf = useMemo<FootprintOf>(() => (id) => placed.get(id) ?? null, [placed]);
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
});
