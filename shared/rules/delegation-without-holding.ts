import type { Finding } from '../spec/specSchema.ts';
import { finding } from './finding.ts';
import { subjectGraph } from './subjectGraph.ts';
import type { RuleSubject } from './types.ts';
import { quotedFunction, sameFunction } from './words.ts';

/**
 * `delegation-without-holding`: a body delegates only a function it holds, listed in its
 * `functions` or delegated to it; a delegation must say which function it hands on.
 */
export function delegationWithoutHolding(subject: RuleSubject): Finding[] {
  const graph = subjectGraph(subject);
  const findings: Finding[] = [];
  for (const link of graph.ofKind('delegates')) {
    const from = graph.body(link.from);
    const to = graph.body(link.to);
    const elements = [link.id, from.id, to.id];
    if (!link.function?.trim()) {
      findings.push(
        finding(
          'delegation-without-holding',
          `${from.name} delegates to ${to.name} but does not say which function it delegates.`,
          elements,
        ),
      );
      continue;
    }
    const listed = (from.functions ?? []).some((held) => sameFunction(held, link.function));
    const received = graph
      .into(from.id, 'delegates')
      .some((given) => given.from !== from.id && sameFunction(given.function, link.function));
    if (listed || received) continue;
    findings.push(
      finding(
        'delegation-without-holding',
        `${from.name} delegates ${quotedFunction(link.function)} to ${to.name} but does not hold that function: it is not among ${from.name}'s functions and no one delegates it to ${from.name}.`,
        elements,
      ),
    );
  }
  return findings;
}
