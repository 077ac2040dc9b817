import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { Finding } from '../../../shared/spec/specSchema.ts';
import type { ProblemGroup } from './groupFindings.ts';

type Row =
  | { type: 'group'; group: ProblemGroup; open: boolean }
  | { type: 'finding'; finding: Finding; key: string };

function FindingItem({ finding, onFocus }: { finding: Finding; onFocus: (ids: string[]) => void }) {
  return (
    <button
      type="button"
      className={`finding finding-${finding.severity}`}
      onClick={() => onFocus(finding.elements)}
      title="Select and show the elements involved"
    >
      <span className="finding-icon" aria-hidden="true">
        {finding.severity === 'error' ? '✖' : '⚠'}
      </span>
      <span className="finding-text">
        {finding.message}
        <span className="finding-rule">{finding.rule}</span>
      </span>
    </button>
  );
}

/**
 * Groups of findings in one scrolling list that draws only the rows in view
 * (@tanstack/react-virtual), so 5,000 findings scroll as smoothly as five. Each group has
 * its count, opens and closes, and shows all its elements on the map.
 */
export function ProblemList({
  groups,
  onFocus,
}: {
  groups: readonly ProblemGroup[];
  onFocus: (ids: string[]) => void;
}) {
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const rows = useMemo<Row[]>(
    () =>
      groups.flatMap((group) => {
        const open = !closed.has(group.key);
        const header: Row = { type: 'group', group, open };
        if (!open) return [header];
        return [
          header,
          ...group.findings.map(
            (finding, i): Row => ({ type: 'finding', finding, key: `${group.key}:${i}` }),
          ),
        ];
      }),
    [groups, closed],
  );
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (rows[index]?.type === 'group' ? 44 : 64),
    overscan: 8,
  });
  const toggle = (key: string) =>
    setClosed((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <div className="problems-scroll" ref={scroller} data-testid="problem-list">
      <ul className="problems-rows" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <li
              key={row.type === 'group' ? `group:${row.group.key}` : row.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={row.type === 'group' ? 'problem-group' : 'problem-row'}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {row.type === 'group' ? (
                <div className={`problem-group-head severity-${row.group.severity}`}>
                  <button
                    type="button"
                    className="problem-group-toggle"
                    aria-expanded={row.open}
                    onClick={() => toggle(row.group.key)}
                  >
                    <span aria-hidden="true">{row.open ? '▾' : '▸'}</span> {row.group.title}{' '}
                    <span className="count">{row.group.findings.length}</span>
                  </button>
                  <button
                    type="button"
                    className="problem-group-show"
                    onClick={() => onFocus(row.group.elementIds)}
                    title={`Select and show all ${row.group.elementIds.length} elements involved`}
                  >
                    Show all on the map
                  </button>
                </div>
              ) : (
                <FindingItem finding={row.finding} onFocus={onFocus} />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
