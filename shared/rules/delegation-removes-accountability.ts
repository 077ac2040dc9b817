import type { Finding } from '../spec/specSchema.ts';
import { finding } from './finding.ts';
import { reaches, subjectGraph } from './subjectGraph.ts';
import type { RuleSubject } from './types.ts';
import { quotedFunction } from './words.ts';

/** `delegation-removes-accountability`: a body that delegates stays the one the delegate answers to. */
export function delegationRemovesAccountability(subject: RuleSubject): Finding[] {
  const graph = subjectGraph(subject);
  return graph.ofKind('delegates').flatMap((link) => {
    if (link.from === link.to) return [];
    if (reaches(graph, link.to, 'accountable-to', (body) => body.id === link.from)) return [];
    const from = graph.body(link.from);
    const to = graph.body(link.to);
    const what = quotedFunction(link.function) || 'a function';
    return [
      finding(
        'delegation-removes-accountability',
        `${from.name} delegates ${what} to ${to.name}, but ${to.name} is not accountable to ${from.name}, directly or through others. ${from.name} stays accountable for what it delegates, so it needs that line of report.`,
        [link.id, from.id, to.id],
      ),
    ];
  });
}
