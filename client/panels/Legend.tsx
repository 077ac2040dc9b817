import { memo, useState } from 'react';
import { legendOpenAtStart, rememberLegendOpen, storedLegendOpen } from './legendOpen.ts';
import { useShownLegend } from './useShownLegend.ts';

/**
 * What the styles on the map on show mean: its kinds, the statutory mark and the statuses.
 * Re-renders only when the kinds the map uses change.
 */
export const Legend = memo(function Legend() {
  const entries = useShownLegend();
  // Remembered across reloads and maps; until the participant chooses, a long key is folded
  // (worked out as the map arrives, not from the empty map of the first render).
  const [choice, setChoice] = useState(storedLegendOpen);
  const open = legendOpenAtStart(choice, entries.length);
  return (
    <section className="legend" aria-label="Legend">
      <button
        type="button"
        className="legend-toggle"
        aria-expanded={open}
        onClick={() => {
          rememberLegendOpen(!open);
          setChoice(open ? 'closed' : 'open');
        }}
      >
        Legend {open ? '▾' : '▸'}
      </button>
      {open && (
        <div className="legend-body">
          <ul>
            {entries.map((entry) => (
              <li key={entry.kind + entry.label}>
                {entry.kind === 'body' ? (
                  <span className="legend-swatch" style={{ borderLeftColor: entry.color }}>
                    {entry.short}
                  </span>
                ) : (
                  <svg width="30" height="10" aria-hidden="true">
                    <line
                      x1="0"
                      y1="5"
                      x2="30"
                      y2="5"
                      stroke={entry.color}
                      strokeWidth="2.5"
                      strokeDasharray={entry.dash}
                    />
                  </svg>
                )}
                {entry.label}
                {entry.statutory && <span className="statutory"> §</span>}
              </li>
            ))}
          </ul>
          <ul className="legend-statuses">
            <li>
              <span className="legend-status proposed" /> Proposed (dashed)
            </li>
            <li>
              <span className="legend-status agreed" /> Agreed (solid)
            </li>
            <li>
              <span className="legend-status disputed" /> Disputed (red, flagged)
            </li>
            <li>
              <span className="statutory">§</span> Statutory body
            </li>
          </ul>
        </div>
      )}
    </section>
  );
});
