import type { Finding } from '../spec/specSchema.ts';
import { finding } from './finding.ts';
import { advisoryNature } from './governanceKinds.ts';
import { subjectGraph } from './subjectGraph.ts';
import type { RuleSubject } from './types.ts';
import { quotedFunction } from './words.ts';

function article(text: string): string {
  return /^[aeiou]/i.test(text) ? `an ${text}` : `a ${text}`;
}

/** `delegation-to-advisory`: nothing is delegated to a body that only advises. */
export function delegationToAdvisory(subject: RuleSubject): Finding[] {
  const graph = subjectGraph(subject);
  return graph.ofKind('delegates').flatMap((link) => {
    const from = graph.body(link.from);
    const to = graph.body(link.to);
    const nature = advisoryNature(to);
    if (!nature) return [];
    const what = quotedFunction(link.function) || 'decisions';
    return [
      finding(
        'delegation-to-advisory',
        `${from.name} delegates ${what} to ${to.name}, but ${to.name} is ${article(nature)}: it can advise but cannot take delegated decisions.`,
        [link.id, from.id, to.id],
      ),
    ];
  });
}
