import type { Finding } from '../spec/specSchema.ts';
import { finding } from './finding.ts';
import { subjectGraph } from './subjectGraph.ts';
import type { RuleSubject } from './types.ts';
import { quotedFunction } from './words.ts';

/**
 * `lead-provider-delegation` (a warning): a lead provider is usually joined by contract
 * (commissions, subcontracts). Delegating commissioning to a lead provider is lawful (an
 * integrated health organisation holds delegated commissioning), so the room is asked to
 * check the delegation agreement, not told it is wrong (docs/domain.md, "Lead providers").
 */
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
        `${from.name} delegates ${what} to ${to.name}, and ${lead.name} works as a lead provider: that is lawful where the provider also holds delegated commissioning (as an integrated health organisation does), but check that a delegation agreement, not only a contract, covers it.`,
        [link.id, from.id, to.id],
      ),
    ];
  });
}
