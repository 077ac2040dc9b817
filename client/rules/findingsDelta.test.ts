import { describe, expect, it } from 'vitest';
import type { SpecFindings } from '../../shared/spec/buildSpec.ts';
import type { Finding } from '../../shared/spec/specSchema.ts';
import { FindingsDeltaReceiver, FindingsDeltaSender } from './findingsDelta.ts';

function finding(n: number, severity: Finding['severity'] = 'warning'): Finding {
  return {
    rule: 'unaccountable-body',
    severity,
    message: `Body ${n} is accountable to no one.`,
    elements: [`body-${n}`],
  };
}

function findings(errors: number[], warnings: number[]): SpecFindings {
  return {
    errors: errors.map((n) => finding(n, 'error')),
    warnings: warnings.map((n) => finding(n)),
  };
}

/** Sends each set of findings through a structured clone, as postMessage does. */
function across(sender: FindingsDeltaSender, receiver: FindingsDeltaReceiver) {
  return (sent: SpecFindings) => receiver.apply(structuredClone(sender.delta(sent)));
}

describe('findings sent as changes to the last', () => {
  it('arrive equal to what was sent, through any sequence of changes', () => {
    const send = across(new FindingsDeltaSender(), new FindingsDeltaReceiver());
    for (const sent of [
      findings([1, 2], [3, 4, 5]),
      findings([2, 1], [3, 5, 6]),
      findings([], [6, 6, 3]),
      findings([7], []),
      findings([], []),
    ]) {
      expect(send(sent)).toEqual(sent);
    }
  });

  it('carry nothing when nothing changed, and hand back the very same findings', () => {
    const sender = new FindingsDeltaSender();
    const receiver = new FindingsDeltaReceiver();
    const first = receiver.apply(sender.delta(findings([1], [2, 3])));
    const delta = sender.delta(findings([1], [2, 3]));
    expect(delta).toEqual({ errors: null, warnings: null });
    expect(receiver.apply(delta)).toBe(first);
  });

  it('keep the objects of findings that stand, and the list that did not change', () => {
    const send = across(new FindingsDeltaSender(), new FindingsDeltaReceiver());
    const before = send(findings([1], [2, 3, 4]));
    const after = send(findings([1], [3, 4, 5]));
    expect(after.errors).toBe(before.errors);
    expect(after.warnings[0]).toBe(before.warnings[1]);
    expect(after.warnings[1]).toBe(before.warnings[2]);
    expect(after.warnings[2]).toEqual(finding(5));
  });

  it('send a standing finding as a number, not as the finding again', () => {
    const sender = new FindingsDeltaSender();
    sender.delta(findings([], [1, 2, 3]));
    expect(sender.delta(findings([], [2, 3, 4]))).toEqual({
      errors: null,
      warnings: [1, 2, finding(4)],
    });
  });

  it('start again from everything after a restart on both sides', () => {
    const sender = new FindingsDeltaSender();
    const receiver = new FindingsDeltaReceiver();
    receiver.apply(sender.delta(findings([1], [2])));
    sender.restart();
    receiver.restart();
    const delta = sender.delta(findings([1], [2]));
    expect(delta.errors).toEqual([finding(1, 'error')]);
    expect(receiver.apply(delta)).toEqual(findings([1], [2]));
  });
});
