import type { Finding } from '../spec/specSchema.ts';
import { finding } from './finding.ts';
import { subjectGraph } from './subjectGraph.ts';
import type { RuleSubject } from './types.ts';
import { quotedFunction } from './words.ts';

/** `delegation-removes-accountability`: a body that delegates stays the one the delegate answers to. */
export function delegationRemovesAccountability(subject: RuleSubject): Finding[] {
  const graph = subjectGraph(subject);
  const findings: Finding[] = [];
  for (const link of graph.ofKind('delegates')) {
    if (link.from === link.to) continue;
    if (graph.reaches('accountable-to', link.to, link.from)) continue;
    const from = graph.body(link.from);
    const to = graph.body(link.to);
    const what = quotedFunction(link.function) || 'a function';
    findings.push(
      finding(
        'delegation-removes-accountability',
        `${from.name} delegates ${what} to ${to.name}, but ${to.name} is not accountable to ${from.name}, directly or through others. ${from.name} stays accountable for what it delegates, so it needs that line of report.`,
        [link.id, from.id, to.id],
      ),
    );
  }
  return findings;
}
