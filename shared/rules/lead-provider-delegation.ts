import type { Finding } from '../spec/specSchema.ts';
import { finding } from './finding.ts';
import { subjectGraph } from './subjectGraph.ts';
import type { RuleSubject } from './types.ts';
import { quotedFunction } from './words.ts';

/** `lead-provider-delegation`: a lead provider is joined by contract (commissions, subcontracts), not delegation. */
export function leadProviderDelegation(subject: RuleSubject): Finding[] {
  const graph = subjectGraph(subject);
  return graph.ofKind('delegates').flatMap((link) => {
    const from = graph.body(link.from);
    const to = graph.body(link.to);
    const leads = [from, to].filter((body) => body.governance?.model === 'lead-provider');
    const lead = leads[0];
    if (!lead) return [];
    const what = quotedFunction(link.function) || 'a function';
    return [
      finding(
        'lead-provider-delegation',
        `${from.name} delegates ${what} to ${to.name}, but ${lead.name} works as a lead provider: it should be joined by a contract (commissions or subcontracts), not by delegation.`,
        [link.id, from.id, to.id],
      ),
    ];
  });
}
