import type { Finding } from '../../shared/spec/specSchema.ts';
import type { Findings } from './useFindings.ts';

function FindingItem({ finding, onFocus }: { finding: Finding; onFocus: (ids: string[]) => void }) {
  return (
    <li>
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
    </li>
  );
}

function FindingList({
  findings,
  noun,
  onFocus,
}: {
  findings: readonly Finding[];
  noun: string;
  onFocus: (ids: string[]) => void;
}) {
  if (findings.length === 0) return null;
  return (
    <>
      <h3>
        {findings.length} {noun}
        {findings.length === 1 ? '' : 's'}
      </h3>
      <ul>
        {findings.map((finding) => (
          <FindingItem
            key={finding.rule + finding.elements.join()}
            finding={finding}
            onFocus={onFocus}
          />
        ))}
      </ul>
    </>
  );
}

/** The validator's errors and warnings, in plain English; a click shows the elements involved. */
export function ProblemsPanel({
  findings,
  onFocus,
}: {
  findings: Findings;
  onFocus: (ids: string[]) => void;
}) {
  const { errors, warnings } = findings;
  if (errors.length === 0 && warnings.length === 0) {
    return (
      <section className="problems" aria-label="Problems">
        <p className="problems-clear">
          No problems found: this structure keeps every rule Accord checks.
        </p>
      </section>
    );
  }
  return (
    <section className="problems" aria-label="Problems">
      <FindingList findings={errors} noun="error" onFocus={onFocus} />
      <FindingList findings={warnings} noun="warning" onFocus={onFocus} />
    </section>
  );
}
