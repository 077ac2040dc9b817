import type { Finding } from '../spec/specSchema.ts';
import { finding } from './finding.ts';
import { subjectGraph } from './subjectGraph.ts';
import type { RuleSubject } from './types.ts';

const SECTOR_WORDS: Record<string, string> = {
  acute: 'an acute',
  'mental-health': 'a mental health',
  specialist: 'a specialist',
  combined: 'a combined',
};

/**
 * `trust-outside-collaborative`: every acute, mental health, specialist or combined trust is in
 * a provider collaborative (docs/domain.md, "Provider collaboratives").
 */
export function trustOutsideCollaborative(subject: RuleSubject): Finding[] {
  const graph = subjectGraph(subject);
  const findings: Finding[] = [];
  for (const trust of subject.bodies) {
    const sector =
      trust.kind === 'nhs-trust' && trust.sector ? SECTOR_WORDS[trust.sector] : undefined;
    if (!sector) continue;
    const inCollaborative = graph
      .from(trust.id, 'member-of')
      .some((link) => graph.body(link.to).kind === 'provider-collaborative');
    if (inCollaborative) continue;
    findings.push(
      finding(
        'trust-outside-collaborative',
        `${trust.name} is ${sector} trust but is not a member of any provider collaborative; every trust providing acute or mental health services (specialist and combined trusts too) has been expected to be in one since July 2022.`,
        [trust.id],
      ),
    );
  }
  return findings;
}
